<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Thông báo - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/thong-bao.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKRAuxS54CKRoX8mV2FgwnX9cJmsrSehVX1/XCkk3YDh+l845nkt3G6gfa8UTX2tyxtTFXXq4oeUa0mK74Dh/Xahu80G2T89T8MjuxjCR4jO9vkMNKbYcOHePDnI7twn0ANE2NB+3jomwEONf1tAR8OA3OF4MPoXUwHXUb3nx6yMvKSx3+ZiQGoi9HiPjjXH+fr8l6MN6OtDAXVz4RfW/ftS5YvlCOgGOkt6zpQCJJpr9EjUCSGhh6JqFEX6S4Mu6tUtxVT/tB7ihB4ha7WpqK4JmoEerYMh+uDGfBEXfqeWpiwzxPm5zaadEflrYlp5E/Td3XyTW/Os0AwL4QOwOZ4J2e0JEWAQr6i1n24Ij/+wp1WcovAHF83P5mBW/GX2Hu8IWluMJm6qPZcujVpfmFIeOxnJhhMhMqBeUNnL3NkD1vzoZA3qyL80mEUP3juMljQu76KV1lsBTVE3DEo0FuBDk47LU+cd/d6KBHeGeco6ElTG+mwChcmGyCZjp2RTGu1pA18a5tE7sB5b2AefcluPUY8WwQn2Bekau+uCwwQZRcIt9imWznjw8KFKJ546TgbUg8v+RntAMctdlzqGpBbo/XD2TcOkaAMkICdt67DbF+3N9LRHjPEVry0CM8RFALu6YZTrLd4W199i8fgzYH2N4/Aq6gM5UCgO8hzQrv7PPjSVXyELV8x9eqMHZ9LSPYcfTX7V/gRYfM2s98t88TfmxpQejGOPUPCnVCx2L21DTM9YvVQlUX650uLQTKljRrY0/4xfOuH+EvX8msyzD+6iwZAGBFhHtqc1Ka0iv/HUj//T9V9W5E46IV9MQV1YlxX/nqokOQ4eAUjPwQ0LXS/tixVcE1gDi3sY1iPdxH/HPpOZBT1INIW1g63IECtVsuxWzjbj/rw8TCtIdOVmzGmwkX3LEc9o06sJimAYk0pRU1j1jA4LX19CIKOrl1usv5yXg21tYufp3oAudgqpRc8x7reaEkQ90owY9sn9RjEMErQ39ykPmPnEVMgLHPEIuoD4IhjlO4qSPSRe2wjxLqPfsbPfbiVOIVdKiLul0X5ZuTIdV22QKsED9+SIZAB3M5l7/l+F3N6MAm5awu87wRZ6EYnTe8MCnoDW1X34gTik62Xn5gEPISH4zwVFbjtLSCv4dvj9kkskqGSVCsUmZ26mQAMDR0iGudVnnzoqwIaXP8clZya2H/gViH6AC5WjN2vOpAynJjRBvgzgmzbyQkLBwLWawiBnrcWMUZiqMfw9G5LTd+r10iecWP5g4hJBrQ" />
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
<div class="breadcrumb">Vị trí: <a href="/">Trang chủ</a> &gt; <a href="/thong-bao.aspx">Thông báo</a></div>
<div class="folder"><h2 class="folder-title">Thông báo</h2><div id="ctl00_cphMain_ListSummary1"><ul class="ekListSummary"><li><a href="/thong-bao/10418.aspx">Thông báo số 12/TB-LMHTX về việc tổ chức lớp tập huấn kế toán HTX năm 2024</a>&#160;<span class="ekDateModified">(5/8/2024 9:27:20 AM)</span><br /><span class="ekTeaser">LIÊN MINH HTX TỈNH HƯNG YÊN</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQK8mV2FgwnX9cJmsrSehVX1/XCkk3YDh+l845nkt3G6gfa8UTX2tyxtTFXXq4o" />
</div></form>
</body>
</html>
