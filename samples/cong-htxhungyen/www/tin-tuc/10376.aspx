<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	HTX Nông nghiệp Phụng Công mở rộng vùng trồng hoa, cây cảnh - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="title" content="HTX Nông nghiệp Phụng Công mở rộng vùng trồng hoa, cây cảnh" /><meta name="keywords" content="Tin tức, hợp tác xã, Hưng Yên" /><meta name="description" content="HTX Nông nghiệp Phụng Công (huyện Văn Giang) đã mở rộng vùng trồng hoa, cây cảnh lên hơn 60 ha, tăng 12 ha so với năm trước." /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/tin-tuc/10376.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK9cppdlG1uC8bFTWzrLjGi3BVE+KIkDhTToRw51wPQOLN2zyLBE3/YudjxthtHnbdK4z8Bl1RTogcKCd/jeonwqzT5CLfiAHF0HBQ4amlcAKaC7wiKvbSmLHedT4ORi4jdyavdDmp09NjDTAD3ifIDmKJN9IDnYel3RVfZlSac6Vo9tVMIirhU7jPFtrZrR8XHXGb7ozaYN/NprKSLs9BB5Q/HqTCPOZ/qiPfvYK6CdvJZCK+BiQd6PQr806wh3OTPkO8DJ4QpqvUNfdP1BjwATWtlPuJtUI6RpHv8I3sjTUFy92YSgAjObIgpKHba9IBCPNL6773ErTOpixTurEA5eEAMC1OxbdL+NJjtHTuBcO5pgT56COnNZemdeRXjMd9/bUfVDsY8O7OvxP3ETj26lZm59NnffBqjqiIC8Z6GbijnGMflnQeHPG3q5H2un3EDP+aRNI49BvRWkHBkNbqWyWKwjYFTz/0cq/Y71cG48CeL71oglq83Ta6xSelnX+Obldib0ab2JPqJ+un81uIX994s/O/j3Bce2aUqYu/EY0oXlPyQxoLCjrghcEASpcxk+XFCL+pe6ShuyaqnCs6c9uBe7GvL+5KugHkK4A0WvoFV6qWDwkHJ0DcmI88ypg1ZCzABiBWFzfa+p1zPC9JPDYjMB1+Z33tpGq175eXNKk8GiOZKf4849qfygylUc0xV2hWSOdZ4a4aFiBw8g50fGZCldPFEZ2qRjXGwOsi5gv7b6ZY3upjJVtl7vAOVgYI/r6mvHhDOxsnj1Th0ZugVZsVkH0bcNfe7JT3jzrr9ttsID4EzvGbMuFf+oiChhkmDEnlExCF1XEnTMmx35JcPTMwPZ4c9Z1kXqe8XzhP46sIsNCaXWiAR89gkU32vX+fNJlKYglbVEYbKNlO63P9lo2FF4Ikp+e9+332UBe+oe8oFxQSOuHMFZWiFOWrw7Fy6fKLxo+beOnRS2qXQNa9CnM5hl9h5rCBPTDFr6XfBWV5RbJLPUi1TQMhzDy3EzAXCaw+mMO5H17id9Aqk52u+Yu3HWmL0XM0JkbuejYDWoCZcFLuczui2kX/+IiHcJhZhKCIBv7qe4vWi7sSXkM9jphbXcI2vuRt2gM+aJvWjg9DqsN+ziv+6EfQcqor//e6j14FUnxZ8iHtneoA9pBIb1IgWQe5jN0WojK0pcVoHktXpxeoJCDwtScJftfo09ihCAX1HHZek4Qc+74aon3w4CwlxiEq46kh4wgS/Ycvo9AnV3fy/Ujf931zzGlbvfj+" />
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
<div class="news-detail"><h1 class="news-title"><span id="ctl00_cphMain_lblTitle">HTX Nông nghiệp Phụng Công mở rộng vùng trồng hoa, cây cảnh</span></h1><div class="news-date"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 27/03/2024 2:10:00 CH</span> | <span id="ctl00_cphMain_lblLuotXem">Lượt xem: 296</span></div><div id="ctl00_cphMain_ContentBlock1"><p>HTX Nông nghiệp Phụng Công (huyện Văn Giang) đã mở rộng vùng trồng hoa, cây cảnh lên hơn 60 ha, tăng 12 ha so với năm trước.</p><p>HTX liên kết với các doanh nghiệp cảnh quan ở Hà Nội, bảo đảm đầu ra ổn định cho 350 hộ thành viên.</p><p>Năm nay, HTX đầu tư hệ thống tưới nhỏ giọt tự động cho 15 ha hoa chậu để tiết kiệm nước và nhân công.</p><p style="text-align: right;"><strong>Theo Báo Hưng Yên</strong></p></div><div class="news-tools"><a href="/Print.aspx?id=10376" target="_blank">In bài</a> | <a id="ctl00_cphMain_lbtGuiBai" href="javascript:__doPostBack('ctl00$cphMain$lbtGuiBai','')">Gửi bài</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><h3>Tin khác</h3><div id="ctl00_cphMain_ListSummaryTinKhac"><ul><li><a href="/Content.aspx?id=10411">Ảnh: HTX Rau an toàn Toàn Thắng thu hoạch rau vụ xuân</a>&#160;<span class="ekDateModified">(5/1/2024 6:40:05 PM)</span></li><li><a href="/Content.aspx?id=10397">Kết quả phát triển kinh tế tập thể tỉnh Hưng Yên năm 2023</a>&#160;<span class="ekDateModified">(4/12/2024 9:45:00 AM)</span></li><li><a href="/Content.aspx?id=10389">Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024</a>&#160;<span class="ekDateModified">(4/8/2024 12:20:41 PM)</span></li><li><a href="/Content.aspx?id=10371">Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch</a>&#160;<span class="ekDateModified">(3/21/2024 8:02:10 AM)</span></li><li><a href="/Content.aspx?id=10362">HTX Chăn nuôi Tiên Tiến nuôi gà theo chuỗi liên kết an toàn sinh học</a>&#160;<span class="ekDateModified">(3/15/2024 6:25:18 PM)</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQKFTWzrLjGi3BVE+KIkDhTToRw51wPQOLN2zyLBE3/YudjxthtHnbdK4z8Bl1R" />
</div></form>
</body>
</html>
