<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Kết quả phát triển kinh tế tập thể tỉnh Hưng Yên năm 2023 - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="title" content="Kết quả phát triển kinh tế tập thể tỉnh Hưng Yên năm 2023" /><meta name="keywords" content="Tin tức, hợp tác xã, Hưng Yên" /><meta name="description" content="Năm 2023, khu vực kinh tế tập thể tỉnh Hưng Yên tiếp tục phát triển, nhiều HTX mở rộng quy mô sản xuất, kinh doanh." /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/tin-tuc/10397.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKdQqOhT9Qc+MSCsRFsj0NXtAzEv/CrFvz8FHRGxqBp6o28cGOETerpZJ/pvuBGGnZJn1JIO7ogoAYTIGVcxAYGSI/ZmApkJ4URLsNFcN66FuPMD8dLqAsiXdSx96jk1BGzNYMooxdEcTw1/drBBkP8H1h8I+XT2vzfnH8hnwC8rEKRw/zQQsUUOOaI2aCa9ZU5iQhUj/8sVcjnADmwoGQwA6N91LtD8yZGQUj/S9rF/LyXmGonRWuA73wQaDfKOkyRBBo1Ev9lWTeigX79KR+1vTL1wC5vmQQc4ukjYItorowYBKQ3Zxh9IWnXR+qKaOaQPa4MyInKnThaHHr6Ky0b3nNNGCYV9IG5xLISc0dQTZECGLHya/HJQFXYnIBxrTWz05j4ArIRQ79jW9TlALVfsGphx21UzwTbWsL7otkpspr2toCwX6O4weum7SNHmAY6QjALoT3GUpW4K7LfDgZAeyjhBkbyAfk8HP4+JDr11ZPY0yvS46yTn++Md8K0qzR72je5AEXEFkeJ/9NXkeIXLP1CSNRrJWbn0I/4B9gM2/AkukhlePRbqDdjxAZHcHfoZStqxRBQNprKBV5gchAmCuO5a9ffGxogJjLYqzPDMRqotw/3hdwijXydeCbT7HkEbeUMRs+ys5nGQqJPCyYlWy+AuJ4MFBuifQvhc+8K+SIgbHIJDxu4SHBGs3X6QDYGwPzdHXMeyI8jSsSLrD0QFxSWQVRswqan8KHTRVKSNvpF2FaRhUZNV35VPYAVPW1npL4jK23btjKayFaVQAdl5ZuJMDOCXlnjjeF188t0rmDmVoZj11BsN6qtZriIMeqgyzKECKmwaGG3S/67vlCAYV6yYMFGPv6KeEFlg+h6MZJgZWOV++WfQqGmtn37C2A2SgqlWfIeW5u8DnRbxW0G1AWugrJ9hBVmitvX+SyYpoKXivSBq6h2nNkemLIQmf4s4yc5cabhiCm92dR4fxwCY9JE3TWenq80zTfQSTFJ00pDU2VywsJ34WkVqQnVcq6Zfod8eLnTe1QlSnjK3BgVZUOIgoiDxap6uK9LUjYuCNpg+fEdTpJOZyx0xdCEloBeZwN0TeLQh66ZVr2g/AhRAdiK6O5yHFnqNnB/MOKhE31CuEeMwYZ0feV/zn6NHiS074/KRTHdJqheNqUpEzMuSWAJTstr40gL5M/U8p2M2utH/Uf+FZOmoUdqOPWi6EIk1lY/GkwvzLQWY32ZMxNLZOxtOMEedFaMWptJQevHC7uYFXX6BuWJnmkAIKLyJHH" />
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
<div class="news-detail"><h1 class="news-title"><span id="ctl00_cphMain_lblTitle">Kết quả phát triển kinh tế tập thể tỉnh Hưng Yên năm 2023</span></h1><div class="news-date"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 12/04/2024 9:05:00 SA</span> | <span id="ctl00_cphMain_lblLuotXem">Lượt xem: 241</span></div><div id="ctl00_cphMain_ContentBlock1"><p>Năm 2023, khu vực kinh tế tập thể tỉnh Hưng Yên tiếp tục phát triển, nhiều HTX mở rộng quy mô sản xuất, kinh doanh.</p><table border="1" cellspacing="0" cellpadding="3" width="100%"><tbody><tr><td align="center"><strong>Chỉ tiêu</strong></td>
<td align="center"><strong>Đơn vị</strong></td>
<td align="center"><strong>Năm 2023</strong></td>
<td align="center"><strong>So với năm 2022 (%)</strong></td></tr><tr><td>HTX đang hoạt động</td>
<td>HTX</td>
<td>412</td>
<td>103,8</td></tr><tr><td>Thành viên HTX</td>
<td>người</td>
<td>96.540</td>
<td>100,9</td></tr><tr><td>Doanh thu bình quân một HTX</td>
<td>triệu đồng</td>
<td>2.870</td>
<td>107,5</td></tr><tr><td>Tổ hợp tác</td>
<td>THT</td>
<td>1.126</td>
<td>101,4</td></tr></tbody></table><p>Năm 2024, tỉnh phấn đấu thành lập mới 25 HTX, nâng tỷ lệ HTX hoạt động hiệu quả lên 60%.</p></div><div class="news-author"><span id="ctl00_cphMain_lblTacGia">Tác giả: Đào Thị Hồng</span></div><div class="news-tools"><a href="/Print.aspx?id=10397" target="_blank">In bài</a> | <a id="ctl00_cphMain_lbtGuiBai" href="javascript:__doPostBack('ctl00$cphMain$lbtGuiBai','')">Gửi bài</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><h3>Tin khác</h3><div id="ctl00_cphMain_ListSummaryTinKhac"><ul><li><a href="/Content.aspx?id=10411">Ảnh: HTX Rau an toàn Toàn Thắng thu hoạch rau vụ xuân</a>&#160;<span class="ekDateModified">(5/1/2024 6:40:05 PM)</span></li><li><a href="/Content.aspx?id=10389">Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024</a>&#160;<span class="ekDateModified">(4/8/2024 12:20:41 PM)</span></li><li><a href="/Content.aspx?id=10376">HTX Nông nghiệp Phụng Công mở rộng vùng trồng hoa, cây cảnh</a>&#160;<span class="ekDateModified">(3/27/2024 7:10:00 PM)</span></li><li><a href="/Content.aspx?id=10371">Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch</a>&#160;<span class="ekDateModified">(3/21/2024 8:02:10 AM)</span></li><li><a href="/Content.aspx?id=10362">HTX Chăn nuôi Tiên Tiến nuôi gà theo chuỗi liên kết an toàn sinh học</a>&#160;<span class="ekDateModified">(3/15/2024 6:25:18 PM)</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQKCsRFsj0NXtAzEv/CrFvz8FHRGxqBp6o28cGOETerpZJ/pvuBGGnZJn1JIO7o" />
</div></form>
</body>
</html>
