<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Ảnh: HTX Rau an toàn Toàn Thắng thu hoạch rau vụ xuân - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="title" content="Ảnh: HTX Rau an toàn Toàn Thắng thu hoạch rau vụ xuân" /><meta name="keywords" content="Tin tức, hợp tác xã, Hưng Yên" /><meta name="description" content="Cuối tháng 4, các thành viên HTX Rau an toàn Toàn Thắng (huyện Kim Động) tất bật thu hoạch rau vụ xuân." /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/tin-tuc/10411.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKuFR8L/e/Y/+2gxVvRfslNlXP25SOaxNZERByO2hytnoSrhy7dkBIkuhWLPqQxnQ4JRNgLCwigNHPXWT7Q7xMWmb1r6v5J6nAWwT3yByd9TN1gFC9t3sk+PxaLN9Vu11PeF7V54xGi85vsH82HBzsznEok/XmHs6hnQgJzGLbw6r9BSZy08WebDooa2x9cYmC7UTB4wSkyn2dwg3WXqVwxt58j85Fncz9gX+WAQA/07ZCAceobhn7dPOvGWKq8h/2JiNIuvJDsXog6pGa3HuzCL42ALgbCm52tQ2dnozpgNSCasmH+aX7yvUBB+R+wGqILIKA1V0H8XkCaSl2eBlboSxV5rfjT4l/I+uET/tV/B8C/Vy+hSJW7iVHlQKmnqpa0L4hsEBKcrKEBkxOadXenU3R915IgNM/85I+vh9e22sQPo9JZlLsh1IqnXaHBSxPXy+pvIKXTGfj2XFT5nuSYIkMV+nfig3rAq9zwbEpZYYd5Sc4FO4FXeWRQ7pfmo4aklN0rEyTlkqYXfuehgGjW973JuAmUIgyCDcrZ9rDwQTDkzK1zxeI6jORrT+QvQ8boFBB9aTDcYc88ROh1ISSTz2q0kvnQEdntxi9+y4TtZs0rllxX1WZOMnePen8nI/xiHr2ifc539ehBMZOiejzKcE9ldlFBMmTD4RBfxyWMni0oituBrMMsW32wmt1y+0dpjvbdJIXD5vsDfOublcG0I6wahv3YQx0Vux5oxbKWANdH4qKX7rO3+Qog2Dh3izvy1ppaQ0Cb5kTEiO0JjCUWVpoKMtVxJhaBox0pXw/+Z7R8v9tRj8L2BsLnnEi/k1SniL1sMcLp1Wep0sK9E67mG82LSQEyQSpJMCHnc0BvzyIY2ddtv1LVkiJZmzOE1UtPO5ahNAncuVf9iocK9rGNtB6vQ/d+gCaqhVjN/pywQz/GHrowsGlFF8NN0yUFCQaPd6yLTTJK54vGuoakZh5GFg0PdV1+w3y/WWovqLOmTzDdKUrU3dwdka7hMm2lqbY0EYTOaxnIAX1pOfeejXDcpg1dLQai9xxwMZu96BQil70MbjaxepGC8G3WGmpVz8n/zPD+p2jwsgJRjICDEglzh1EYMmy2//Me7xQWgQuxpeQ7JDH3O/O1S4XKOUIIkqIuXxDTWPYLqxvBM9afhaObv6QJztiSXq/pgG/w3SecXxublCIW1SU6CVYBx3KNqZxblwPlEEthh6z3QspDw9hb+HSSkWrvLWUmrIXcXIJizRBYg0fg1niA+8PVIxNsb5p" />
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
<div class="news-detail"><h1 class="news-title"><span id="ctl00_cphMain_lblTitle">Ảnh: HTX Rau an toàn Toàn Thắng thu hoạch rau vụ xuân</span></h1><div class="news-date"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 29/04/2024 3:40:05 CH</span> | <span id="ctl00_cphMain_lblLuotXem">Lượt xem: 352</span></div><div id="ctl00_cphMain_ContentBlock1"><p>Cuối tháng 4, các thành viên HTX Rau an toàn Toàn Thắng (huyện Kim Động) tất bật thu hoạch rau vụ xuân.</p><table align="center" border="0" cellspacing="0" cellpadding="3" width="500"><tbody><tr><td><img alt="" src="/uploadedImages/tin-tuc/10411/toan-thang-1.png" width="500" height="333" /></td></tr><tr><td align="center"><em>Thành viên HTX thu hoạch bắp cải trên cánh đồng rau an toàn</em></td></tr></tbody></table><table align="center" border="0" cellspacing="0" cellpadding="3" width="500"><tbody><tr><td><img alt="" src="/uploadedImages/tin-tuc/10411/toan-thang-2.png" width="500" height="333" /></td></tr><tr><td align="center"><em>Rau được rửa, sơ chế tại nhà sơ chế của HTX trước khi đóng gói</em></td></tr></tbody></table><table align="center" border="0" cellspacing="0" cellpadding="3" width="500"><tbody><tr><td><img alt="" src="/uploadedImages/tin-tuc/10411/toan-thang-3.png" width="500" height="333" /></td></tr><tr><td align="center"><em>Xe của doanh nghiệp bao tiêu nhận rau ngay tại ruộng</em></td></tr></tbody></table><p>Mỗi ngày HTX cung ứng khoảng 4 tấn rau cho các chợ đầu mối và bếp ăn tập thể ở Hà Nội.</p><p style="text-align: right;"><strong>Bài, ảnh: Phạm Thu Hà</strong></p></div><div class="news-tools"><a href="/Print.aspx?id=10411" target="_blank">In bài</a> | <a id="ctl00_cphMain_lbtGuiBai" href="javascript:__doPostBack('ctl00$cphMain$lbtGuiBai','')">Gửi bài</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><h3>Tin khác</h3><div id="ctl00_cphMain_ListSummaryTinKhac"><ul><li><a href="/Content.aspx?id=10397">Kết quả phát triển kinh tế tập thể tỉnh Hưng Yên năm 2023</a>&#160;<span class="ekDateModified">(4/12/2024 9:45:00 AM)</span></li><li><a href="/Content.aspx?id=10389">Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024</a>&#160;<span class="ekDateModified">(4/8/2024 12:20:41 PM)</span></li><li><a href="/Content.aspx?id=10376">HTX Nông nghiệp Phụng Công mở rộng vùng trồng hoa, cây cảnh</a>&#160;<span class="ekDateModified">(3/27/2024 7:10:00 PM)</span></li><li><a href="/Content.aspx?id=10371">Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch</a>&#160;<span class="ekDateModified">(3/21/2024 8:02:10 AM)</span></li><li><a href="/Content.aspx?id=10362">HTX Chăn nuôi Tiên Tiến nuôi gà theo chuỗi liên kết an toàn sinh học</a>&#160;<span class="ekDateModified">(3/15/2024 6:25:18 PM)</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQKgxVvRfslNlXP25SOaxNZERByO2hytnoSrhy7dkBIkuhWLPqQxnQ4JRNgLCwi" />
</div></form>
</body>
</html>
