<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Liên minh HTX tỉnh Hưng Yên triển khai nhiệm vụ năm 2024 - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="title" content="Liên minh HTX tỉnh Hưng Yên triển khai nhiệm vụ năm 2024" /><meta name="keywords" content="Tin tức, hợp tác xã, Hưng Yên" /><meta name="description" content="Ngày 24/1, Liên minh HTX tỉnh Hưng Yên tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024." /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/tin-tuc/10325.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKI4kKrvIRgsFdKIJHHFghtywlrewVc6Qu/NJnQ24xyRp4HRuVBwOevkc32FjOepsOl1ue+wBWJTjS9oaL61UOg0o7zOWUE2RaI3X24+aIo66aYpg9m546abYYQf8vqXfyerL3gxZIZisOAb/uhbinAefD9IcnpIDzVvZyGMne7/axTy1466NyaP5dRpTsz5DUmMYZZIH1hiVZMEX4eCAZIJJ0ix3ZnUQfbPqt/jNT9cLtCy1KA/x4hINlIr89IjaapnMW4Cq7IQTyvwcc0VkV9t3JqmmiBB6EfqMFwgdhgTaq2xHs7dAve4L6Z1TH59Y6/Z0lLIYFMoOF2G3+cU99PYVB5U5D9jaDpm9zRDO6sz3i7cykBxYwn/4p3T00R1LxW9TSP/UfegR0QyGakb33Zz5D/bVKzqj21z1iLF72gUdUHaFVIeM0glTxtKeqQGaq19c+puTEugg7qYJC6940QYKV/UKFFjwBpYOlAFgZUn8+hxK6FPyFLNS5QPQL2TA00efflcGXhkThGAJO9D19L6msTz4CEVxV7QCtGKbpEPgmiQ/RRgyHPXOkxks/CEZF6AsaqB8t+vNtci+ZhFg6yEFazt/GWKpNZmB3VPnRBRlYFeFWFXt9ply4BKLN5vSd9hb9wbWx8v2XfcGjyb8Fdi8V3e3/UIDUBLQRdxMo6c1gL7lDF0n44fy9aamATfeYUJM+TvLAWYbmVIeinjSlkaJbAOcxJFQgC3rvcojXoz+5x1jmUiVbVQnfXWqf5r1yml0OZluuVIxK0Da7d8Epdi35LkxUfGEHTZmnx9MS/loRQajrXZNtoXLHGNasWcEBN5UEpva38cZirUJ91y0R9Pf7vWHKhvoTcHMY9zMTcnHHQkGlLYcdmb6PsRAD3cu4fcrCn5WklsISWXhQ239dS3zQvBPsq268wBLJVVs68fHrfnSoKPkuYAIwJIpwQHgXnunIv/SjZJjbLBajtRT8rRh8ncfEozALL1rXVjBBH2RtrwrZQ5lsLlT5AzOHbCHYDSglpFzTbbJNpd3kmtb08XRVsqYsTfqlkpix0v8cUqhljY6Z63rn3jUVvUB0Iju8wZkhNjTrYjzKJ2YBQFjVQ7H5vX4ogzJPIs0PbeyE6xq4KY+M7E9oh7ecbnLjC9MO96CDPlg6c8yTnTZYqKhhwjaRcmhOjntf5lsoAtPAHnRBft+2njXykWDby1ZWvCvYPKuL4Ta4MRZZ8tGX12JuGmfDCHH3oqEDRlO+Fku0NwZtHCB48OATo746ozsxLYLX" />
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
<div class="news-detail"><h1 class="news-title"><span id="ctl00_cphMain_lblTitle">Liên minh HTX tỉnh Hưng Yên triển khai nhiệm vụ năm 2024</span></h1><div class="news-date"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 26/01/2024 3:00:00 CH</span> | <span id="ctl00_cphMain_lblLuotXem">Lượt xem: 389</span></div><div id="ctl00_cphMain_ContentBlock1"><p>Ngày 24/1, Liên minh HTX tỉnh Hưng Yên tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.</p><table align="center" border="0" cellspacing="0" cellpadding="3" width="500"><tbody><tr><td><img alt="" src="/uploadedImages/tin-tuc/10325/hoi-nghi-2024.png" width="500" height="333" /></td></tr><tr><td align="center"><em>Quang cảnh hội nghị</em></td></tr></tbody></table><p>Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 21 HTX, tổ chức 12 lớp tập huấn cho 740 lượt cán bộ HTX.</p><p style="text-align: right;"><strong>Tin, ảnh: Vũ Đức Anh</strong></p></div><div class="news-tools"><a href="/Print.aspx?id=10325" target="_blank">In bài</a> | <a id="ctl00_cphMain_lbtGuiBai" href="javascript:__doPostBack('ctl00$cphMain$lbtGuiBai','')">Gửi bài</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><h3>Tin khác</h3><div id="ctl00_cphMain_ListSummaryTinKhac"><ul><li><a href="/Content.aspx?id=10411">Ảnh: HTX Rau an toàn Toàn Thắng thu hoạch rau vụ xuân</a>&#160;<span class="ekDateModified">(5/1/2024 6:40:05 PM)</span></li><li><a href="/Content.aspx?id=10397">Kết quả phát triển kinh tế tập thể tỉnh Hưng Yên năm 2023</a>&#160;<span class="ekDateModified">(4/12/2024 9:45:00 AM)</span></li><li><a href="/Content.aspx?id=10389">Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024</a>&#160;<span class="ekDateModified">(4/8/2024 12:20:41 PM)</span></li><li><a href="/Content.aspx?id=10376">HTX Nông nghiệp Phụng Công mở rộng vùng trồng hoa, cây cảnh</a>&#160;<span class="ekDateModified">(3/27/2024 7:10:00 PM)</span></li><li><a href="/Content.aspx?id=10371">Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch</a>&#160;<span class="ekDateModified">(3/21/2024 8:02:10 AM)</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQKKIJHHFghtywlrewVc6Qu/NJnQ24xyRp4HRuVBwOevkc32FjOepsOl1ue+wBW" />
</div></form>
</body>
</html>
