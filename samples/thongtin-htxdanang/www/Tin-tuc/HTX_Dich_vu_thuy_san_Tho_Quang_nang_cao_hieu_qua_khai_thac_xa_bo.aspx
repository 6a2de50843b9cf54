<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	HTX Dịch vụ thủy sản Thọ Quang nâng cao hiệu quả khai thác xa bờ
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="Tin tức, hợp tác xã, Đà Nẵng" />
<meta name="description" content="HTX Dịch vụ thủy sản Thọ Quang (quận Sơn Trà) hiện có 46 tàu cá thành viên khai thác xa bờ." />
<meta name="author" content="Liên minh Hợp tác xã thành phố Đà Nẵng" />
<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/Tin-tuc/HTX_Dich_vu_thuy_san_Tho_Quang_nang_cao_hieu_qua_khai_thac_xa_bo.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK/0+72J6VdTcRx3GOUMWME7pqUFnAhhfRnaf4ECDmxyIYb0ZlvYmzGAhREr+U0y4gW7IESLgog7Arfp+nVaThOlM7PYaKx4OzeOKuGs1aqgrHL4qtWssfbk4TKTsrf6+r2wf1E9gXknhlSvjBVeL0RFldsrM3DKjezrxXZhpA2/mXeC4PZZvb+StMTVqP2amZa5eeFgdYfvlE03N2t2Fr9sAw3uhR3zM6qmH7jxpckWThCVoBd8IhNnCQrukiLK5LIvRB8J9eiJcMGQtDrwJ/T/NB8VG5avg5DCb2UoOj8ljtjj8U17qMomRoRjrD/Q+D7p3JC9/i+5cAWzCkhqxlBX2L5Q6BgkZvQh6O++V1+IxCZXZCJmnnaslilxgOuzgi0kUFEuoXL9iq3IO+k/VGiekBfX1uBeNchyAfANQos70jd20UEG2GcUtN7auzduNxewYJFCbXWmetVH707uZWKBXjbjJ1Wfos7VXdaBpWg9mr3cD7Z+k0oGR11Hr/DOFv219v27kJLNh9UsdYZtySw1reNpeX/nwdT20q2XiB7p3R2gLhOed2NW9qAhmKmdHptLYZwHDI6b1Nj6h8N70jm3y0SBWSWjz28vDMj8+l2HK5rith4zZSi4+Ykfff1sdJSLUFFafbazZzePz/Xt+K5v8XmCepo5APTBiocSq+2g1W3DBhTPaDCPXP9gK7Db37QJhdQb8gE265FBWQ1M+KtS82DTP6neSRABmQ1x/T3BbbqkNavVNoLnqSgWKZ5m1AD/2YGVzSTr4jJI5BmwCKyVzbf/j6FnR99692FY1vKoptX6Y8nTRdzPVD9jsYIjl1AZtsum2GJJoEx8e8nqx0WvLgQRXhKb9DTcQKZqfacPNNSjN7+JJQoAqaO04bM7yqJaNWZ0QGEqCn703DfCzpR/ejv9trMBOJssgV3k/S24tuJirbAVWwB9DBTFb1SRWUG2xhwKPrN2D/WfQg0lWLIMv/xuomU6NhyiHigG6+cANAXCdCDx/2jtu2D2rW6y+U" />
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
<div class="detail"><h1 class="tieude"><span id="ctl00_cphMain_lblTitle">HTX Dịch vụ thủy sản Thọ Quang nâng cao hiệu quả khai thác xa bờ</span></h1><div class="ngaydang"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 19/03/2024 4:05:00 CH</span></div><div class="tomtat"><span id="ctl00_cphMain_lblTomTat"><p>HTX Dịch vụ thủy sản Thọ Quang (quận Sơn Trà) hiện có 46 tàu cá thành viên khai thác xa bờ.</p></span></div><div id="ctl00_cphMain_ContentBlock1"><p>HTX tổ chức cho các tàu khai thác theo tổ đội, hỗ trợ nhau trên biển và tiêu thụ sản phẩm qua cảng cá Thọ Quang.</p><p>Năm 2024, HTX phối hợp với doanh nghiệp lắp đặt hệ thống bảo quản lạnh cho 15 tàu, giảm hao hụt sau khai thác.</p><p style="text-align: right"><strong>Lê Thị Ngọc Ánh</strong></p></div><div class="capnhat">Cập nhật lần cuối: 21/03/2024 4:05:00 CH</div><div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=HTX Dịch vụ thủy sản Thọ Quang nâng cao hiệu quả khai thác xa bờ">Gửi email</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><div class="box-title">Tin khác</div><div id="ctl00_cphMain_ListSummary2"><ul><li><a href="/ContentDetail.aspx?id=1263">Ảnh: HTX Rau an toàn Túy Loan vào vụ rau hè thu</a> <span class="date">(04/06/2024)</span></li><li><a href="/ContentDetail.aspx?id=1257">Kinh tế tập thể thành phố Đà Nẵng năm 2023 qua các con số</a> <span class="date">(21/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1249">Hướng dẫn HTX triển khai chuyển đổi số trong sản xuất, kinh doanh</a> <span class="date">(07/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1241">HTX Nông nghiệp Hòa Tiến phát triển vùng trồng ném theo hướng hữu cơ</a> <span class="date">(22/04/2024)</span></li><li><a href="/ContentDetail.aspx?id=1236">Liên minh HTX thành phố làm việc với các HTX vận tải</a> <span class="date">(08/04/2024)</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUK/0+72J6VdTcRx3GOUMWME7pqUFnAhhfRnaf4ECDmxyIYb0ZlvYmzGAhR" />
</div></form>
</body>
</html>
