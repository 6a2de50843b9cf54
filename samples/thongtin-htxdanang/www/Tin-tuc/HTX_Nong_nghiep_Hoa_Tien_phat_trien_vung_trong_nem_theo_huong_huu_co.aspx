<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	HTX Nông nghiệp Hòa Tiến phát triển vùng trồng ném theo hướng hữu cơ
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="Tin tức, hợp tác xã, Đà Nẵng" />
<meta name="description" content="HTX Nông nghiệp Hòa Tiến (huyện Hòa Vang) đã mở rộng vùng trồng củ ném theo hướng hữu cơ lên 25 ha." />
<meta name="author" content="Liên minh Hợp tác xã thành phố Đà Nẵng" />
<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/Tin-tuc/HTX_Nong_nghiep_Hoa_Tien_phat_trien_vung_trong_nem_theo_huong_huu_co.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKAVqazReAG/PNswj0K2U68TTuo7zI335HNtDuqAzQZLP/yymfaWrRaZwZYBZk4JtxOoTzanPnUxyqkDhQVN0iZCsBQtlDMA8TVvh9INyewPE8T80MyBmyqli1OLckBf8qY6eWubdi5/JzwEBxg806d2Pk+BnWpP6ls5B5oj1iqP+rY8dvuioo0lZpNqaIkm3wkMPFipuIeMw/DmFdMkPx6xqH8JWbcldorKxliuf16HhieKFzbHblWLnoT/0lOy88YgmkwjYjQ7U2+rr9JcKXbJaquAUZDFlsJruMXBR8APpvU+bDabYQWYwbcsfqSxgKuy7wC+QxU2f7L8EIdoxND5a4enm5V63VClJ+ROrHH7u8Y/5tYT3WxZixyMpR/ZlacFs9yt5EH8CPzKd0++rITPapiapwH1CrvnF9+L03C5Rnooj2FTxORWevWEcwUKofke/GFDGmiRvAl1Vp6C0XrYomFN+UpYrfnJabtDXnq7ihqn3b97UTXK42BwC6X/toXQIkTBZAVXwm8fsS3Wl0na1OBk/XZb8v7U9qPBBkg8PucRlatrkh+DtVARSW7c7IEoLalbpx4FoQWXApJ2E9WYVkb17u9FBnr2kSFL31CBaVzwdAGBOBFEK8H/MauvMlpLKkEoLQEJ0s9HIUm8IT+yGBmiNhPh0GMbtNTQM+egMYF6VhVSLLaMz4af/WqqrnHy87IQKcLPZFXoze7JU7lUO32eEnNnHDOkwcObWxCPmdjDqwTaBslqgaQKfuY1xck34dLBbzuE7wCfczZg4VajmDRXdLu1zQrTVrXDo5anfGs9B75zwc/e9CUevZzbVJU0E38aQpvMRGqCPLldc+N/jnVXcrWSJb/womMijjd80NsS4fdAyA6DJd4ygB16hUGUxFSLvValiqueZpW/E+D6/kINfoZSKfAdkNwrse2sFT5YIf4kACOE2NBR5sS48h6o/GI3FyO3TQCSgGiK7EK0g/EXagcJk0KPtQY4bDyXbOIJkEgCHJ/4vVMHMO491E" />
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
<div class="detail"><h1 class="tieude"><span id="ctl00_cphMain_lblTitle">HTX Nông nghiệp Hòa Tiến phát triển vùng trồng ném theo hướng hữu cơ</span></h1><div class="ngaydang"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 22/04/2024 2:20:00 CH</span></div><div class="tomtat"><span id="ctl00_cphMain_lblTomTat"><p>HTX Nông nghiệp Hòa Tiến (huyện Hòa Vang) đã mở rộng vùng trồng củ ném theo hướng hữu cơ lên 25 ha.</p></span></div><div id="ctl00_cphMain_ContentBlock1"><p>Sản phẩm ném Hòa Tiến của HTX được công nhận OCOP 3 sao, được nhiều nhà hàng, khách sạn ở Đà Nẵng đặt mua.</p><p>HTX đang đầu tư nhà sấy năng lượng mặt trời để chế biến ném sấy, ném ngâm, kéo dài thời gian bảo quản.</p><p style="text-align: right"><strong>Theo Báo Đà Nẵng</strong></p></div><div class="capnhat">Cập nhật lần cuối: 22/04/2024 2:55:00 CH</div><div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=HTX Nông nghiệp Hòa Tiến phát triển vùng trồng ném theo hướng hữu cơ">Gửi email</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><div class="box-title">Tin khác</div><div id="ctl00_cphMain_ListSummary2"><ul><li><a href="/ContentDetail.aspx?id=1263">Ảnh: HTX Rau an toàn Túy Loan vào vụ rau hè thu</a> <span class="date">(04/06/2024)</span></li><li><a href="/ContentDetail.aspx?id=1257">Kinh tế tập thể thành phố Đà Nẵng năm 2023 qua các con số</a> <span class="date">(21/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1249">Hướng dẫn HTX triển khai chuyển đổi số trong sản xuất, kinh doanh</a> <span class="date">(07/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1236">Liên minh HTX thành phố làm việc với các HTX vận tải</a> <span class="date">(08/04/2024)</span></li><li><a href="/ContentDetail.aspx?id=1228">HTX Dịch vụ thủy sản Thọ Quang nâng cao hiệu quả khai thác xa bờ</a> <span class="date">(19/03/2024)</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUKAVqazReAG/PNswj0K2U68TTuo7zI335HNtDuqAzQZLP/yymfaWrRaZwZ" />
</div></form>
</body>
</html>
