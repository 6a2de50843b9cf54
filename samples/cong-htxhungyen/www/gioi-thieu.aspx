<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Giới thiệu - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/gioi-thieu.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK5yYV1X3TUIUf1LfX54FNH5Nk6zb33dyhQLJRt+dp6S/FrN8xu6RqRlUpUN89qqow0mrvLE8Ob3ttlLA5KaWXdTSsRpS7B8nnbYw4OY6W1t1xZtUbCyQaH5fZYj42NwgUVC30OouQYTpsF1ayBL76ZONB35F32Re0SZ4Iu1Nz2e7lbT5NLdjdBjL9lt7WLaUa2ZnPi0NukdG/TALyRcV/sns+Gtl+FbyCnCjSsOzNL3jgrDZ2E2YsqsRs5No+o/ve97nOscTU1bPTKW5vDXcPtCEKk16ZL02kIHqsDXh3ddcttp1AhS52H2vWJ5rhdwLc2Ie+ndqH0BY+CMKNxnyPqmCd3yp2dkFVb8lkvt8vXLfA/EWPXr0Hr/Oh9l4a95YHzCYEh8b37wqUbMtCD+fjprMXUSGNKJUFRngqsnlLvL8GTMmZus1AdLb5pLYnRMtzGmP7rtPFq/iL5Ra9e5MpMYQQZmu9jsbABqPLNopNFAXG/noXuwT2J1UjX+py591phfDFJ5rXOIZbIkUx8+FScQvVSu2xBSAGZTCeTw1cteIN+mB4DYvFSnBDArgazMWMz2YHjcRADH/L79D8rWDr66d79a+NhVDgrkV0OIpyPU+4fiLHDCpFdUfbNX6ywm6/vzpH5RrY+DqLYlCKWuqPuCFHJsQ07FEHbJLTdKj7wmSVuZFIOjgcbU1HiWC7pw26vNmXAm4vU8a6IA15GIB/+tSuXiKKcVjEoJILWyYTWQF8RraH5l2fS4bKj6ISPZL+KTQY8p5xiAQprVqa+AT5ecWu1XU6f5s4D6+pbW0YN1lx1xs16ncWHIlTdKSt5duEDWb0wbsDqhXO/46SXgyKyLjmmR+mDAdXWUXaJFbvASD6B44XZnK+mVqHTofXEsqM13rGWP0L4OLCSWmQ64e3wZ3+PEE6lcqeevxEF5CrEgyHDtLKHY4SGCklNx34nniasunM/30/APqXfO9jszFS4zTQ4ovpZBhEMPRDfP4GITvUqAt9my3N+JUqZ7TSO+QJCS/Ve/A5shkpKBqRSva823SkW1/CprUWwgIh9xL0WPrK4VSuiW03tXIq/fQ8Ex/pmscPu1CQeiTbTJFcm/OVakwjEn3CslouMx85e6CL0Bc2XR1v+nxUDpV8/3IXEsgaFvCKth16wooFmI1I0R654d9rowNnQ0yVTIvA2aipjEGYwKGK42yFapCvmlbVRzAXTytOkwZ4C5tVB6xEms7+IOLLJLOcbbpo43/gwxi6XFeANuS69aTmk5/0ITW0Jold" />
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
<div class="breadcrumb">Vị trí: <a href="/">Trang chủ</a> &gt; <a href="/gioi-thieu.aspx">Giới thiệu</a></div>
<div class="news-detail"><h1 class="news-title">Giới thiệu</h1><div id="ctl00_cphMain_ContentBlock1"><p>Liên minh Hợp tác xã tỉnh Hưng Yên là tổ chức kinh tế - xã hội, đại diện và bảo vệ quyền, lợi ích hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQK1LfX54FNH5Nk6zb33dyhQLJRt+dp6S/FrN8xu6RqRlUpUN89qqow0mrvLE8O" />
</div></form>
</body>
</html>
