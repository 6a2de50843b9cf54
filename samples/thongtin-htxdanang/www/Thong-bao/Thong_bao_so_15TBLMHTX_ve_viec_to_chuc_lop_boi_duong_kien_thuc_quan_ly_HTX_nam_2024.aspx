<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Thông báo số 15/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="Thông báo, hợp tác xã, Đà Nẵng" />
<meta name="description" content="Liên minh HTX thành phố thông báo tổ chức lớp bồi dưỡng kiến thức quản lý cho cán bộ HTX, tổ hợp tác năm 2024." />
<meta name="author" content="Liên minh Hợp tác xã thành phố Đà Nẵng" />
<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/Thong-bao/Thong_bao_so_15TBLMHTX_ve_viec_to_chuc_lop_boi_duong_kien_thuc_quan_ly_HTX_nam_2024.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKsf+IMOij++RBsSUifmKkzqYBP1uQd16+1yVF4ZYRxfSvi73fK3woJ5/DN/2wGLpZFtrT3153tlq2qmAPMap4WTdZ1B2d4t/+BMBKQZlPflB7m+MX3ypOQVBp1zDGVkV+YpQg8pHm/UfZ7EGQ/y9KCqZhGfYSwDTT4oEqYhBz+yr4TiHWxchomC1OdzY7ma7c/CPFIN5C2M9XwBE2K211h/Ra2ZRs8HSLOKlhBycGD1bI9kV/JtpduDJ2+KQ5HOojLXbNHPUdoZ5G540D4+z11jSvVoP8Oh0paXpHOCeUFPQpATKpPiiOVlZV0pLqnP/f8icFTG78YItzVBzq7+kjCsceppqO2KcgUwHy2hDb6bwDu2Av3u3nr/4JuUMZj9Ni3MBK/xpulfi9o7ef0cSrzMpGZgz8JkbtBAq0rHM1UbpYMwXJQhhdMFUQY02N5daRAPQdUTETRpcjwpDFYo0fLZsRcsi8mRt9evjjffGMVvoKrW4f5Sb+E9lnDP9g+Tt073rdPYXHTgrs8rpAdfiZxa/0iWvGxlOgQqFOm3yWiH8TXZCOEavNohD/34z3dt7y9/t+uv0VdINUnvH7IogwQ4yVjKKsrJ99uwz8/a3sDQiPHBbLncYePQ+myfm407BpJKi3PQRWJHOInRNY9smC6HlZ6c+8/DTu+0CS/Qk9FVFa8xaiHxu0ZDPj+nlHFferUrASJb/3PBwYFR+fDIt0CoDEFNe+JIIp6kp0UvLmQtbzZO9FM3JoQIKMR33/akDIg62+JMEMVLh/aCcG2vo4ympwm7S8fuk7ZVJnKxWPsEWBn9IpgNHc5VAp4NeQH32Nu83vwyS8uNA2Ts+Oyy5FOkLa5GscHcV3lqYPrNUO6oHi7IbAlx3uaRnMgLm9tQhtAIxsoEHiFagg6XD/CcrA9ODYK9yx9uTaSd/fK57F9qzDk0tROaCPYRwC54iGRI4P22bQQM0wCtGJutPjSUuyjjTZ34ofh5spWYNghboOSUpkq+vofHU5A5nVlEkox1ST" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHJZLkzIyx41&amp;t=634245046914809245" type="text/javascript"></script>
<div id="wrapper">
<div id="header"><div class="banner"><img src="/images/banner.png" alt="Liên minh Hợp tác xã thành phố Đà Nẵng" /></div>
<div class="topbar"><span id="ctl00_lblNgay" class="ngay">Thứ Năm, 20/06/2024</span>
<div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txtsearch" /><a id="ctl00_lbtSearch" href="javascript:__doPostBack('ctl00$lbtSearch','')">Tìm kiếm</a></div></div>
<div id="menu"><div id="ctl00_SmartMenu1" class="ekmenu"><ul class="ekmenu_submenu_items"><li class="ekmenu_submenu_item"><a href="/" class="ekmenu_link">Trang chủ</a></li><li class="ekmenu_submenu_item"><a href="/Gioi-thieu.aspx" class="ekmenu_link">Giới thiệu</a></li><li class="ekmenu_submenu_item"><a href="/Tin-tuc.aspx" class="ekmenu_link">Tin tức</a></li><li class="ekmenu_submenu_item"><a href="/Thong-bao.aspx" class="ekmenu_link">Thông báo</a></li><li class="ekmenu_submenu_item"><a href="/Lien-he.aspx" class="ekmenu_link">Liên hệ</a></li></ul></div></div>
</div>
<div id="main"><div id="left">
<div class="breadcrumb"><span id="ctl00_cphMain_FolderBreadcrumb1">Bạn đang ở: <a href="/">Trang chủ</a> &gt; <a href="/Thong-bao.aspx">Thông báo</a></span></div>
<div class="detail"><h1 class="tieude"><span id="ctl00_cphMain_lblTitle">Thông báo số 15/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024</span></h1><div class="ngaydang"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 10/06/2024 8:00:00 SA</span></div><div class="tomtat"><span id="ctl00_cphMain_lblTomTat"><p>Liên minh HTX thành phố thông báo tổ chức lớp bồi dưỡng kiến thức quản lý cho cán bộ HTX, tổ hợp tác năm 2024.</p></span></div><div id="ctl00_cphMain_ContentBlock1"><p>LIÊN MINH HTX THÀNH PHỐ ĐÀ NẴNG</p><p>Số: 15/TB-LMHTX</p><p>Đà Nẵng, ngày 06 tháng 6 năm 2024</p><p>THÔNG BÁO</p><p>Về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024</p><p>Thực hiện Kế hoạch số 04/KH-LMHTX ngày 15/01/2024, Liên minh HTX thành phố tổ chức lớp bồi dưỡng kiến thức quản lý HTX từ ngày 01/7/2024 đến ngày 03/7/2024 tại Hội trường Liên minh HTX thành phố.</p><p>Đối tượng: Chủ tịch Hội đồng quản trị, Giám đốc, Kế toán trưởng HTX; mỗi HTX cử không quá 02 người.</p><p>Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX thành phố trước ngày 25/6/2024.</p><p>CHỦ TỊCH</p><p>Trần Văn Thảo</p><p>Tải về: <a href="/uploadedFiles/Thong-bao/TB-15-LMHTX-2024.pdf" target="_blank">TB-15-LMHTX-2024.pdf</a></p></div><div class="capnhat">Cập nhật lần cuối: 10/06/2024 10:07:00 SA</div><div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=Thông báo số 15/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024">Gửi email</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><div class="box-title">Tin khác</div><div id="ctl00_cphMain_ListSummary2"><ul><li><a href="/ContentDetail.aspx?id=1263">Ảnh: HTX Rau an toàn Túy Loan vào vụ rau hè thu</a> <span class="date">(04/06/2024)</span></li><li><a href="/ContentDetail.aspx?id=1257">Kinh tế tập thể thành phố Đà Nẵng năm 2023 qua các con số</a> <span class="date">(21/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1249">Hướng dẫn HTX triển khai chuyển đổi số trong sản xuất, kinh doanh</a> <span class="date">(07/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1241">HTX Nông nghiệp Hòa Tiến phát triển vùng trồng ném theo hướng hữu cơ</a> <span class="date">(22/04/2024)</span></li><li><a href="/ContentDetail.aspx?id=1236">Liên minh HTX thành phố làm việc với các HTX vận tải</a> <span class="date">(08/04/2024)</span></li></ul></div></div>
</div>
<div id="right">
<div class="box"><div class="box-title">Thông báo</div><div id="ctl00_ListSummaryTB"><ul><li><a href="/Thong-bao/Thong_bao_so_15TBLMHTX_ve_viec_to_chuc_lop_boi_duong_kien_thuc_quan_ly_HTX_nam_2024.aspx">Thông báo số 15/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024</a></li></ul></div></div>
<div class="box"><div class="box-title">Liên kết website</div><select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option><option value="{{base:offsite}}/lmhtx-vn/">Liên minh Hợp tác xã Việt Nam</option><option value="{{base:offsite}}/chinh-phu/">Cổng thông tin điện tử thành phố Đà Nẵng</option></select></div>
<div class="box"><div class="box-title">Thống kê</div><div class="counter">Lượt truy cập: 284.517</div></div>
</div></div>
<div id="footer"><p>Bản quyền thuộc Liên minh Hợp tác xã thành phố Đà Nẵng</p><p>Địa chỉ: Tầng 6, Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu, TP Đà Nẵng</p><p>Điện thoại: 0236.3822.164 - Fax: 0236.3822.165</p><p>Giấy phép số 18/GP-STTTT do Sở Thông tin và Truyền thông thành phố Đà Nẵng cấp ngày 12/3/2013</p>
<p><a href="#wrapper">Về đầu trang</a> | <a href="/WorkArea/login.aspx">Đăng nhập</a></p></div>
</div>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUKsf+IMOij++RBsSUifmKkzqYBP1uQd16+1yVF4ZYRxfSvi73fK3woJ5/D" />
</div></form>
</body>
</html>
