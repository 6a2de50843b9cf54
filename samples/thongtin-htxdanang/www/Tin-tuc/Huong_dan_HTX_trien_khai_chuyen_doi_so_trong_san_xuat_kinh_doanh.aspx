<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Hướng dẫn HTX triển khai chuyển đổi số trong sản xuất, kinh doanh
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="Tin tức, hợp tác xã, Đà Nẵng" />
<meta name="description" content="Chuyển đổi số giúp HTX quản lý hiệu quả, mở rộng thị trường và tiếp cận các nguồn vốn." />
<meta name="author" content="Liên minh Hợp tác xã thành phố Đà Nẵng" />
<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/Tin-tuc/Huong_dan_HTX_trien_khai_chuyen_doi_so_trong_san_xuat_kinh_doanh.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKIr4TAJBio20nOh2v7E7M35ECvxGJClIuaupQJbVOggD1jIP6nB9ujLcf9/mNC7hkv+hmOEABjeie0vR2Fdm3UhbyhsQOZM0tLtTG7xAHUZL98IIwAZOtVonp76bkowyRBRyJzXC15ClF6zt0/nsfKEvggA/bKi7yagMt7uded3OHySAzJFGxqYRH5naXZmvedE1W0ehpFOqljQupJRSHBbUxyjAw8OqsTXqk2kh7C1ik/9s/RdL6bQ4Lkg0NFei80Jf5FAtiyGufcEYHZ8lRnwPjzNhGoRcSrK9l2ao0v4BWGz6FhUQNoDowMew7FDdik8nwV77tMWgFsUoxHVK3lpUcyziewuMXL+pif/PFf3u9naW5wr6BB8dNiNouB0leHENyoghtsyIbvqsvML+xFcBnr1u8H0O3o6UaYzXQxO04wuZkdruuxW6BjGvfhKL29xG5CI9Vt/zOZC7is+J59CwOUBTQ+hcDPayt8Yb7ajnHV/emivF7dHPp6FNTXxlzqdCEo02Y3irtgTc73MuQq8Wid6FBO5LJQv9hNMTEgsnVVaIDoMowIS75nAxtyuA15ylRcnX8Y7h9DHY9Kefmr5JGzuqBZXnEl9/I7d3gmszLO29UifYnWfpNEnKBhF+Z9G5Ix5Tqi2cHKWIKCuaamWw/lFZgG62KJIRIMc1bYHKLyjw5n3nqeWyCxnwVbVVOKAFZeabxFMZkuyOuCeXX13kejDG1mpBSCl8YqSnEYEk41JuaQst6c5QCEh256Ui8RJd2Js3aN9py/8EIPE6KWsd5pnX+n0r7LTGliKksT/hlKc/6oxGORPbslcjkyT21RdHdYlDeynBuFjSUWzuWmvcd9LnDzerf3TlJuSaoBBQo44VuptKGlcfwRdLyOSADcSH6MjGz+IkVGc8C+kvFSCimaie82Z3HRex4PFVwxPwmMQddwkXppcOICEjxlLd746anyuL0JuatytE+q98yx/sZDiWn2n7jIJhiTEcj+GxNsKDGKp3QQvzjON8+IqY+" />
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
<div class="breadcrumb"><span id="ctl00_cphMain_FolderBreadcrumb1">Bạn đang ở: <a href="/">Trang chủ</a> &gt; <a href="/Tin-tuc.aspx">Tin tức</a></span></div>
<div class="detail"><h1 class="tieude"><span id="ctl00_cphMain_lblTitle">Hướng dẫn HTX triển khai chuyển đổi số trong sản xuất, kinh doanh</span></h1><div class="ngaydang"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 07/05/2024 9:40:00 SA</span></div><div class="tomtat"><span id="ctl00_cphMain_lblTomTat"><p>Chuyển đổi số giúp HTX quản lý hiệu quả, mở rộng thị trường và tiếp cận các nguồn vốn.</p></span></div><div id="ctl00_cphMain_ContentBlock1"><p><strong>Các bước HTX cần thực hiện</strong></p><ol><li>Đánh giá hiện trạng ứng dụng công nghệ thông tin của HTX;</li><li>Sử dụng phần mềm kế toán, quản lý thành viên trên nền tảng số;</li><li>Đưa sản phẩm lên các sàn thương mại điện tử;</li><li>Bồi dưỡng kỹ năng số cho cán bộ quản lý và thành viên.</li></ol><p>Liên minh HTX thành phố hỗ trợ miễn phí tư vấn chuyển đổi số cho các HTX đăng ký trong năm 2024.</p><p style="text-align: right"><strong>Phan Văn Khánh - Phòng Tư vấn, hỗ trợ</strong></p></div><div class="capnhat">Cập nhật lần cuối: 07/05/2024 2:40:00 CH</div><div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=Hướng dẫn HTX triển khai chuyển đổi số trong sản xuất, kinh doanh">Gửi email</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><div class="box-title">Tin khác</div><div id="ctl00_cphMain_ListSummary2"><ul><li><a href="/ContentDetail.aspx?id=1263">Ảnh: HTX Rau an toàn Túy Loan vào vụ rau hè thu</a> <span class="date">(04/06/2024)</span></li><li><a href="/ContentDetail.aspx?id=1257">Kinh tế tập thể thành phố Đà Nẵng năm 2023 qua các con số</a> <span class="date">(21/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1241">HTX Nông nghiệp Hòa Tiến phát triển vùng trồng ném theo hướng hữu cơ</a> <span class="date">(22/04/2024)</span></li><li><a href="/ContentDetail.aspx?id=1236">Liên minh HTX thành phố làm việc với các HTX vận tải</a> <span class="date">(08/04/2024)</span></li><li><a href="/ContentDetail.aspx?id=1228">HTX Dịch vụ thủy sản Thọ Quang nâng cao hiệu quả khai thác xa bờ</a> <span class="date">(19/03/2024)</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUKIr4TAJBio20nOh2v7E7M35ECvxGJClIuaupQJbVOggD1jIP6nB9ujLcf" />
</div></form>
</body>
</html>
