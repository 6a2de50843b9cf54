<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="title" content="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch" /><meta name="keywords" content="Tin tức, hợp tác xã, Hưng Yên" /><meta name="description" content="Chiều 20/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch (huyện Khoái Châu)." /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/tin-tuc/10371.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKNfmchchFxRMNqd+4GchvhbBvprN+w1zVOfPlSmcqs97WDb2Oy9p4XszKA6JDJiR51SGtHNA67DJKP0iktQLm38Nzuwwm27RaOOuSIPvdKIbxHjgohrH3OGp+jX1DCZ+Z6Vp9tos5iIpOtTkoAttl1KYyB9krOM4UYj+2eK4ZCNz+4u6+W2Pldf0e/uBesC/ypet+v2wcRa/JHr2SWLr1iGbjILmFWoQuIcyWxaCti1HSvCqwgUUVxKQBywBnzsNDlQ8B+Pc4xLh/0MQc4M/FqRZLXOVjmK3KadMnS+SjMM+u0JTS+gvqWktH0+RyaEL/ycu7lADzb9IY/nKl8b3f8tInc48p6cqR8k2TAMqthNdzwtbEDWrZGkpPDTjqd+730XKGpA1z1LRDJJsBA/q66ksgQpYnpunVfWtmDxOWyU3G9EWXPsfnl291aIXYPPbF2nDbRdLYktd2nu6bIX9SoUaXjcvff6+AbD0VvJDmY9qKlCw7vAVFADAULk68Dm7dHN9TPcLQpgEYRn/dctFLF7vJnGRBbhVMBVbw1mdjwTfrEMo/CwuX1G4oeHJsV4ZGEMMRFpJWt1YWll21R0r+QgTflAN5pKUv8ijCq6EXhpjPSuJej/SxKcVaHGZouDWHvedgAOsCGndpRy1pbKtlFvsXd5uOAhZX1Zb+KUr945ztp3TXRRcXLuWnUIPIMYNP0wdX3txPr6iND/EQ8jRxMusIQAPTZf/tN57iyK8HJJ5vgcQVHh8alXf9YGfazl4S04RdiN81CddmFq79Ql9cDhfHBPTUv5+YxXdHbByGqoZtkE2DDRWXsVEnQKV0gZMaq40uZla3/kLQBhZRCnYYgFVvDua+ysze1Yuy2kcumtnKXUqqw8jx4gw4dj8+soyc4FGwWw76ufaEAYxn00Pp624/7zEUh2xjiYSZg2Hd6iEKwjY+4+ewvlRXuPu7FfwZZotX1mPimwqnAos7SSVauf+jf+WH2nD7pmFqoMQbaD2cSL8Y4Nn3c9zNzWCZR2M9BKQahibwR/4Sy7rPlTdReyS7JkkqfdZ+J3uQJSYgSB97OjvrLVwPTf/6cVdBiEfeY64XlNs5ETalDWKWLYMv8qshvwSysUrPJMzjPnxBHoJSZrV71CtEsk5iDgcXQzGF92+aeFJLHp+0gOr8aB1stmmUsEYGL0aEeGlc665sQyV9/nEAh3kc3v70Tba1X9jVC/7ezxoM6f01uR+vzL/kjwLl4hJotRxLmQ0oj4dIYGhRp6Vaqzktec6AaXN/FpCB" />
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
<div class="breadcrumb">Vị trí: <a href="/">Trang chủ</a> &gt; <a href="/tin-tuc.aspx">Tin tức</a></div>
<div class="news-detail"><h1 class="news-title"><span id="ctl00_cphMain_lblTitle">Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch</span></h1><div class="news-date"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 21/03/2024 12:35:33 SA</span> | <span id="ctl00_cphMain_lblLuotXem">Lượt xem: 163</span></div><div id="ctl00_cphMain_ContentBlock1"><p>Chiều 20/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch (huyện Khoái Châu).</p><p>HTX hiện cung ứng dịch vụ thủy lợi, làm đất và tiêu thụ chuối, bưởi cho gần 1.200 hộ thành viên.</p><p>Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng mã số vùng trồng và đăng ký nhãn hiệu tập thể cho sản phẩm chuối Dạ Trạch.</p></div><div class="news-tools"><a href="/Print.aspx?id=10371" target="_blank">In bài</a> | <a id="ctl00_cphMain_lbtGuiBai" href="javascript:__doPostBack('ctl00$cphMain$lbtGuiBai','')">Gửi bài</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><h3>Tin khác</h3><div id="ctl00_cphMain_ListSummaryTinKhac"><ul><li><a href="/Content.aspx?id=10411">Ảnh: HTX Rau an toàn Toàn Thắng thu hoạch rau vụ xuân</a>&#160;<span class="ekDateModified">(5/1/2024 6:40:05 PM)</span></li><li><a href="/Content.aspx?id=10397">Kết quả phát triển kinh tế tập thể tỉnh Hưng Yên năm 2023</a>&#160;<span class="ekDateModified">(4/12/2024 9:45:00 AM)</span></li><li><a href="/Content.aspx?id=10389">Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024</a>&#160;<span class="ekDateModified">(4/8/2024 12:20:41 PM)</span></li><li><a href="/Content.aspx?id=10376">HTX Nông nghiệp Phụng Công mở rộng vùng trồng hoa, cây cảnh</a>&#160;<span class="ekDateModified">(3/27/2024 7:10:00 PM)</span></li><li><a href="/Content.aspx?id=10362">HTX Chăn nuôi Tiên Tiến nuôi gà theo chuỗi liên kết an toàn sinh học</a>&#160;<span class="ekDateModified">(3/15/2024 6:25:18 PM)</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQKqd+4GchvhbBvprN+w1zVOfPlSmcqs97WDb2Oy9p4XszKA6JDJiR51SGtHNA6" />
</div></form>
</body>
</html>
