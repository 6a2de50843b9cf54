<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	HTX Chăn nuôi Tiên Tiến nuôi gà theo chuỗi liên kết an toàn sinh học - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="title" content="HTX Chăn nuôi Tiên Tiến nuôi gà theo chuỗi liên kết an toàn sinh học" /><meta name="keywords" content="Tin tức, hợp tác xã, Hưng Yên" /><meta name="description" content="HTX Chăn nuôi Tiên Tiến (huyện Phù Cừ) hiện có 28 hộ thành viên, tổng đàn gà thường xuyên đạt 45.000 con." /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/tin-tuc/10362.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK+b2/7GkeGDkTGXs5AIUJNnRXMD9fwWZ6lPsbmwSaZKes9FJSgRWKknccsjSMt4vPB5SISNFXknVM7yM3+ckY38n+NftVWv1BTGmABiDvYrmtEosje0CgAJk3gY2ysI244Y4ZdKufANNIJV5kiKF4A0b9KFAIgL+TSMr8o8nCmIHbd3Hu3fuy5+v7nPbVTW/kYpxsf9aH1m6cHaVU4D5zNkjlFGnWjL1GMKZr9f0lKRR33Fc4CSc7YfKgvuCfFBF+NDG3P6bT9BYGMqscPxPcusxhdl1mWls7lxcXtXtA8koUOpHImOe1WLBbcIns8F1KJkIkdDR/p0OzObNWAcPj36bG4gov25KzZNduqN4MimBKWrk9OTYofDgJM1ooGNi8H9sDxQzcoXFtiqbiC16qa+12JcUk8wtw7w70OSP7M7U/hF3Ii9XdEIeXcJZXwqdELjJ4hGuEgicdNSkbXCM39PBoi8UZWI7ZeUO3wS4UnEmZzE5nTOoAlyFLoHz0io1AM0Br0w6fXNPqIOmoEHJECmxDgDuWErlgcDoLELA4if1x0wGnBf/FpdnKzmFzilX6pRLZeoCEz34KsUcbETlltBjG0E2pI/78EAHpJsj8pfEgXaCLCUy6W4nwsLSqNcuypZChMJwwXIklj5vpU3T+PsP0oNwIgmCNBVZ1oTviRw/ck4AV/YOTR0wWnxBAOlEmHM411HTgvKF+Br8UBRj8JlJ2jR8TyyBQAt04/a0zaGpQr0MCmFIi8wo0NwOP2TmDGcAQ9aDn0Rr9m2W4XDOMy9SDC8qJilxh9I+2Ihp1Qt3h1PPpl/U49Q7OL1k3yt5o/9RjmeZ4Pyac7nyfCwUanR99PW9W72t7KgXxNbrS2Jxydv2uuFFSd3OSyjbzzXwaZZWUk5W7mWmSoBQgtsFNpjvC/IG+XWUc6VwKUYSQzQdkxN+wWBk/G+XdoNO6bzl6fM5y7NmLO6rP9dv+P5nTnbzX2hmX4QwMNfTullbMJ/NUMoWsFdpfZWmtqswBSEva1iz8izxluI/uVVtlpCbvZGlZPOyNiZSR3+hKdpjlIl9iK7SzYJUIzY2T+sL05ICamGf+HRGnzHhhAfq970eCl1w9FyJI13lXUqDoDPytuqo15pN8XmRLuT3XDIOPOmGsuFdkWrI0mWfka6NYT1CLJiT65xoooLIfYAzQeBz83Ju8c3YSj2mG0zcmxHKDMBB9OHRnzroKyRZHxR8Lrel/s423Mk/zesilpRGWBEwgIbKSs7+TTHg9hvxTFQnzaucF" />
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
<div class="news-detail"><h1 class="news-title"><span id="ctl00_cphMain_lblTitle">HTX Chăn nuôi Tiên Tiến nuôi gà theo chuỗi liên kết an toàn sinh học</span></h1><div class="news-date"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 14/03/2024 4:25:18 CH</span> | <span id="ctl00_cphMain_lblLuotXem">Lượt xem: 207</span></div><div id="ctl00_cphMain_ContentBlock1"><p>HTX Chăn nuôi Tiên Tiến (huyện Phù Cừ) hiện có 28 hộ thành viên, tổng đàn gà thường xuyên đạt 45.000 con.</p><p>HTX áp dụng quy trình chăn nuôi an toàn sinh học, sử dụng đệm lót sinh học và chế phẩm vi sinh để xử lý chất thải.</p><p>Sản phẩm gà của HTX được một doanh nghiệp chế biến thực phẩm bao tiêu với giá ổn định theo hợp đồng.</p><p style="text-align: right;"><strong>Lê Thị Huyền</strong></p></div><div class="news-author"><span id="ctl00_cphMain_lblTacGia">Tác giả: Văn phòng Liên minh HTX tỉnh</span></div><div class="news-tools"><a href="/Print.aspx?id=10362" target="_blank">In bài</a> | <a id="ctl00_cphMain_lbtGuiBai" href="javascript:__doPostBack('ctl00$cphMain$lbtGuiBai','')">Gửi bài</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><h3>Tin khác</h3><div id="ctl00_cphMain_ListSummaryTinKhac"><ul><li><a href="/Content.aspx?id=10411">Ảnh: HTX Rau an toàn Toàn Thắng thu hoạch rau vụ xuân</a>&#160;<span class="ekDateModified">(5/1/2024 6:40:05 PM)</span></li><li><a href="/Content.aspx?id=10397">Kết quả phát triển kinh tế tập thể tỉnh Hưng Yên năm 2023</a>&#160;<span class="ekDateModified">(4/12/2024 9:45:00 AM)</span></li><li><a href="/Content.aspx?id=10389">Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024</a>&#160;<span class="ekDateModified">(4/8/2024 12:20:41 PM)</span></li><li><a href="/Content.aspx?id=10376">HTX Nông nghiệp Phụng Công mở rộng vùng trồng hoa, cây cảnh</a>&#160;<span class="ekDateModified">(3/27/2024 7:10:00 PM)</span></li><li><a href="/Content.aspx?id=10371">Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch</a>&#160;<span class="ekDateModified">(3/21/2024 8:02:10 AM)</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQKGXs5AIUJNnRXMD9fwWZ6lPsbmwSaZKes9FJSgRWKknccsjSMt4vPB5SISNFX" />
</div></form>
</body>
</html>
