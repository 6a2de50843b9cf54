<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Tìm kiếm - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/search.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKgJr2DYm7lB0SeqqkRGPG5TzspvWo5NPXpry4+4sydlPFLFLbcp0+CkU18mdTlRTAr2Vek2ylt5Zq4qC5hJuGbuHj9nI3NDppUxV+7wkgLExgzJzuQMmoDgeFeeLqiv96x9OlludMdhjBGXl5jxxg/r8S8UsnTZuJSng2nEfarYkgLd62VsTCRBWatFL2OPAo9TncoJwnfIYjGqQ7ZmljqiOZjM7bZ76DiwnR404rJkeNzhPLYK9y7B4r7FNS6FJx9iJWyN3AtWYFPkGXZ3N5zrLrEFrkv3B04D31m6OlzznGrxq+UKmTeI6XyuwS5Iqra8fCg4JbZLsPbjbo6ArGgMnLTQ9hCadz2TBeNh46O2SyV8d1luybx8kWNrgXdWbu0+F8RGSBZIwf041yS1pl6sTqeNYNwVb6rAPhyLTOJSQaLCm1XSVv6oRI5AruJ/5PrO3W96QDGQxQqnurFMnUNJN6n7teOlwuSbqDk8+PZmtmhFgkM66nL6DILULPja2OxTrat+ul0kAeDDODd4Vdg7kkEpv9/4+hBe8WRpGd2vUxtnII3fAXBAAT5x05vha433e53xIOvESLvFNYB3BWJ/bpA/A3/77q14bTVAz/Kld9+PYl2sgccPuMM6fjq6fyT4XLLjruAn7ulIYgqdBWtaZ52pF/juR+4EsNlpITtXOn4VQwBJhqCA14dTSgwV9IIAWxA781yecpwMdrYO1TBFAWM7y45waGY4LNev8XUYUEl97VNtTZ3PFhLjZSVFjNO1efKgfAgaF3TL6DJqFZ+iRtHflquZ38Ty/oHix4g29/3PFHM9Vqq0iSpeZkeUQ5j1rdbYYUhLrQ2MWfXBMgnHJ4VSuev3JxxAC2GrBVDvSUJyfkCOBegI/BkXZwcFy/N2QjWNYQB5W1AjXtBaEF4yXoxXDMKBtU6WDn2AXYkWWWh1MAyJcvozra8iCraXzRTEj1ENBxOACZRw7EzvsffGnQ5sDrNfNivrFZtx21F7jw4So33bTsK0KRYvmslOoiBHUuJILwWWWmJAo1UURRp8QTBOtYJD6LjVvJ8uccaeygVD/4ivE5jTjTeDmaRySe/n94pe+QaoZ/6tjqH8wiMaANHCCqaiEJLSjWSvGqUq/qQgTB+lMXPgcrDefR7EZEcZZRKrHK3xJDosN4Qr2sJ7O0Wcapl2U5RjmZNNpBwE+F2TPhE0okyacqopQ4o5/3j3TkFpJrODLDfSuyNKINJpJLSNSf/APJcH0zfFTt0nOfCLthAe2LjOc8Moq8rkwh" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=Xk3pTf0aQm2YbUvN8wLs1A2&amp;t=634604425160000000" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=Jd8hQ2rP0cVw5mXz7nK4yB1&amp;t=ffffffffa07ec4e0" type="text/javascript"></script>
<div id="wrapper">
<div id="header"><a href="/"><img src="/App_Themes/HungYen/images/banner.png" alt="Liên minh Hợp tác xã tỉnh Hưng Yên" /></a></div>
<div id="topbar"><span id="ctl00_lblToday" class="today">Thứ Tư, 15/05/2024</span>
<div class="search"><input name="ctl00$txtKeyword" type="text" id="ctl00_txtKeyword" class="txtKeyword" /><input type="submit" name="ctl00$btnSearch" value="Tìm kiếm" id="ctl00_btnSearch" class="btnSearch" /></div></div>
<div id="menu"><div id="ctl00_Menu1"><div class="ekmenu" id="ekmenu_14"><ul class="ekmenu_submenu_items"><li id="ek_menu_item_14_1" class="ekmenu_submenu_item"><a href="/" class="ekmenu_link"><span class="ekmenu_link_text">Trang chủ</span></a></li><li id="ek_menu_item_14_2" class="ekmenu_submenu_item"><a href="/gioi-thieu.aspx" class="ekmenu_link"><span class="ekmenu_link_text">Giới thiệu</span></a></li><li id="ek_menu_item_14_3" class="ekmenu_submenu_item"><a href="/tin-tuc.aspx" class="ekmenu_link"><span class="ekmenu_link_text">Tin tức</span></a></li><li id="ek_menu_item_14_4" class="ekmenu_submenu_item"><a href="/thong-bao.aspx" class="ekmenu_link"><span class="ekmenu_link_text">Thông báo</span></a></li><li id="ek_menu_item_14_5" class="ekmenu_submenu_item"><a href="/lien-he.aspx" class="ekmenu_link"><span class="ekmenu_link_text">Liên hệ</span></a></li></ul></div></div></div>
<div id="content">
<div id="left">
<div class="breadcrumb">Vị trí: <a href="/">Trang chủ</a> &gt; <a href="/search.aspx">Tìm kiếm</a></div>
<div id="ctl00_cphMain_WebSearch1"><input name="ctl00$cphMain$WebSearch1$txtSearch" type="text" /><a href="/search.aspx?searchtext=OCOP">OCOP</a></div>
</div>
<div id="right">
<div class="box"><div class="box-title">Thông báo</div><div id="ctl00_ListSummaryThongBao"><ul><li><a href="/thong-bao/10418.aspx">Thông báo số 12/TB-LMHTX về việc tổ chức lớp tập huấn kế toán HTX năm 2024</a></li></ul></div></div>
<div class="box"><div class="box-title">Liên kết website</div><select name="ctl00$ddlLienKet" id="ctl00_ddlLienKet" onchange="if(this.value!='')window.open(this.value);"><option value="">-- Chọn liên kết --</option><option value="{{base:offsite}}/lmhtx-vn/">Liên minh Hợp tác xã Việt Nam</option><option value="{{base:offsite}}/chinh-phu/">Cổng thông tin điện tử tỉnh Hưng Yên</option></select></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><div class="counter"><p>Đang online: 17</p><p>Tổng lượt truy cập: 512.846</p></div></div>
</div>
</div>
<div id="footer"><p>© Bản quyền thuộc Liên minh Hợp tác xã tỉnh Hưng Yên</p><p>Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh Hưng Yên</p><p>Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Hưng Yên cấp ngày 21/02/2014</p><p>Địa chỉ: Số 6 đường Chùa Chuông, phường Hiến Nam, TP Hưng Yên, tỉnh Hưng Yên</p><p>Điện thoại: 0221.3862.514 - Fax: 0221.3862.515 - Email: lmhtx@hungyen.gov.vn</p>
<p><a href="#wrapper">Về đầu trang</a> | <a href="/login.aspx">Đăng nhập</a></p></div>
</div>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQKeqqkRGPG5TzspvWo5NPXpry4+4sydlPFLFLbcp0+CkU18mdTlRTAr2Vek2yl" />
</div></form>
</body>
</html>
