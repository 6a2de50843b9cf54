<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Đăng nhập - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/login.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMXGoVPEe4e/RAYwgicbkJ4h29f6sGA1hKJe/ToSZ5tAsIFKy+El+QyL39dh7NxRas8Xu+C0WBaGF5yS+VnX8Nf495YpxwCGS6kcIdyigDJjIKRgjmUoCMAC5tZiZubmg79Tkjit+oFmna1Mdae8oL+leWKae/IO6hwNunanduU2/BqYXRRZKlKnnp/zuWXDRnL/vyO/evVZpevUDBhIOso3fd7wpd7sYmWSTMRfS+uKlKbi5XqNesuQhQx5Nl+4pfBu6UfxHiXk+5TdWJI/+LZfraPR1kaBFlcOby31pYcfneOGiy3MNJ0LlUIP4SIywhl0TraYBkBNWQIjmpPlsw5yzcThUaObYkUy0VGfQsMSkTU5ovks2XkLNvqG7YBNw3joWQzCaVbOVL5r5KSpP5VTbEbo/WxBIPB0/yaMHp5GRt0zDYY4MsL1Q9AL8G5TTEXiXHXyJpLYf6UUacZQjJASx8KsZDoWKH5hVcJuvuizFY+VFkf5zftbHupTmCIh1xiY74IbNqIxk2BIpFYY+Kqab0vAdDNbNFE47j6+4IIS7NG5Fw7/VoE5F5L8vQZgpjdHcwZXsDwukB/s8MjkE2HdiOx4fX1DCzzKNZWLfMcj2y2ss1mKa32Mxe465o/2MRO83g1L98DqS0QdANVY4WL/AKrCrOWNuRMlf1AiGGAahWOy1uOr6wunFuT4clEZBGI3QnzlLxc5uV2WoahwTYTKALBbZRIwn9gqcL8N5mB286+OJ/7KfqWMJVi1Sx83UPUketgf3T5X2aLIcyENlJQs74CeGSWLNAhg4hAuJCjD8Ba+ZAf+6BCV+ZSrTGnHytKFmLQKoji6QCa9nr/48Ir3Pye5SUwmoCoyqzohgpe0RDcwDVmsFu5P9/TfTb+qJYGeeMkqa53RMCR28v0bziuDN8w3AvnTq81inEGfdJDu4un5rYmmqs0QehDYoTbGhUiDYZF3m2lW400mPI2jq3wTQmOjZ5jUD/6ByxFaZjzq+gcIPZ+1561pGfI323RCtHtrQCLs4v056iA2/8h0q0utkOhIwAq9WDn5kX5rUlin7eoOUv0NM5rGPv1KMdBixFAKp5qKut+M05Myy+wcdosuyf7wCkoiWN32NzDQbhTxPoVKCPE/xjbnil1ptvr39tMs8RK0+0E48INv+pOThcUbd9StSCxBkj6s/uEvvfGHE/QI+b/cpTF+xpikZjz/dw/baOHV2MdoEe3aWqhR0ktPyiXJzuVsVanAvFUJ5kcbv9EpPAF0SGLD5LbuE3NGB" />
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
<div class="breadcrumb">Vị trí: <a href="/">Trang chủ</a> &gt; <a href="/login.aspx">Đăng nhập</a></div>
<div id="ctl00_cphMain_Login1"><input name="ctl00$cphMain$Login1$username" type="text" /><input name="ctl00$cphMain$Login1$password" type="password" /></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQKAYwgicbkJ4h29f6sGA1hKJe/ToSZ5tAsIFKy+El+QyL39dh7NxRas8Xu+C0W" />
</div></form>
</body>
</html>
