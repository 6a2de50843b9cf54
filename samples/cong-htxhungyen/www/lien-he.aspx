<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Liên hệ - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/lien-he.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK8x5OlrmWyP3rDiyc+2JnF4ErQlW+TktKVI37Ad+rGxSNixMESS8E/9zZCa2ygXQ4vuLrWLGS2SrqKFwgg5AYVGy7DpC/cbc5gRk3NULIShR2q58oNqJK0NUvZJzf1UuVj+6HD8NLmr+tKrC9shrdjgwhzYrd1Fla1WdpyWn6WzAAx0j96AmQQsW9/TuYsAJabjqQSMBaPs0YP6Zz+iSoiKIe1vZTpQVdKpXHrnXf+pLQP8EQjujjnFYtl7iefff6IdnC0YM6vXmnpPwWUXpkszGuhwVecj73hBp4HvvZJtklc0LGdw+JMz1aNwau0dLrCLjxe4iUM77k6IOXIuDTLQXPoLqOpyZsuuLDFbSHEld6hN4hjUltYcR/CSaZLm5omdumVdzlWEzOBadbitaIflNzmLTU9y9PlMc5EBylcby1FVRaNy7ZSwXGY0SW8LnVd5sNL8iTA86nEsA/nig+LOs80aQqXx2IyUoQAFoVGqahewcOIOWFvTNC+VwuKze3iRvGZ3FP96mnewT4wFRH8NIJ4j1rWQ5b+rxegvBXp+zbPlsIQ8gszgOmjt89gH0Tu6Z9CWdUD9CUoRqiW8u2jJ3XW5m1mep+2JBJ+K0RrsTuUY1w4/XyzzTMAT2HOGnGGc/Vb5TuSoQb4A83s5L0mv3ekNK3hpKReSbad5xpUXhWuhT24r+54UGHOS+wUx5eDjwEvnxNv4f82I1+v14w037iH1YOo4pqlnzTjtjN1R0RIhZ8VcnPCgDIpR6FK3JtX7mUVds9fAW8T8Qop3Sez2qOmZBOdwySAt8VnZQIdU3+FIt7UcFzr/iMDWFxmSkxbSggsHdBAA9H/bZ4BNGEfYwPQQTCoYQgEr4glM1oMlj/RHngCpMLkM/kty0AsGoxlfan6aJ857HKK0KEF6ewk+Whm9ZilhBKoXDnbRhNagsiv05dqtavMG1Jg6YZy0LeFTLh7nVO8zw2b7ZKqm+i66vUgBp5UC7Suu+QO0d/2AbYkNpA6OWkEZ0ZjBsYYmfVi9aSACYxLmI2fvv2mkgvOlJqFmBnmRtDm7qh8/fLoWvRHQho6UMj5+GxDnrwtMMxsligDBT3abQ8iE6uOAcDORwgCVheRtKWyRzcVtxIm7zBmxhR82t+p5D3i9CYycGpEpb4WBf3fSqp/RXKJuokGlEONNejFCPT+yt+LEuE9bGoYPtgijE60Y4j55H7lkJm0iZwsZmsnfHo4O1fVKrKhqAJLox+DVKsel+upa3rE/tgjJ/2R6Kx2xlhUDkyp0k9" />
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
<div class="breadcrumb">Vị trí: <a href="/">Trang chủ</a> &gt; <a href="/lien-he.aspx">Liên hệ</a></div>
<div class="news-detail"><h1 class="news-title">Liên hệ</h1><div id="ctl00_cphMain_ContentBlock1"><p>Địa chỉ: Số 6 đường Chùa Chuông, phường Hiến Nam, TP Hưng Yên, tỉnh Hưng Yên</p><p>Điện thoại: 0221.3862.514 - Fax: 0221.3862.515 - Email: lmhtx@hungyen.gov.vn</p></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQKDiyc+2JnF4ErQlW+TktKVI37Ad+rGxSNixMESS8E/9zZCa2ygXQ4vuLrWLGS" />
</div></form>
</body>
</html>
