<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024 - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="title" content="Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024" /><meta name="keywords" content="Tin tức, hợp tác xã, Hưng Yên" /><meta name="description" content="Năm 2024, tỉnh Hưng Yên tiếp tục tổ chức đánh giá, phân hạng sản phẩm OCOP theo Quyết định số 148/QĐ-TTg của Thủ tướng Chính phủ." /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/tin-tuc/10389.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKuQGYZ2/wy3553/doYlyUeD3Cuij2WhidbVR6nRCQQ4uK90ECRFi9GI2A+w7W4YmQN2A/34pYBXXXd7JySp6o5MPXzNenWkWtCg1GX7uy7XgFEBKz/iNERtUYS3amtAPrXy7qNXlw856v751fMBLYGcAXO43SGJ8IJZq3fDbOREdE5KqgiWmRHrKS8EKvrBr3s+fDODfMbvVRAWAbhjNJ2788ASSyLBq4MCrPn/Mxrhlvz0Z9r3PfNHMY7uSlSWGLyUs8tWqBAEaOb2QsISUuPAzIyNr0uAjXY/h67yCSCohmGyFnkG7iS55ohD6PiW9jfUIJ41PBJM+KQ1bPmdY0nyBq8cBKWzG/+hXU5uHOe/Z1m5dPN1Rn1laZmr2xBj+1dVucVnM+vlB8kOnHu57p/Wqr6oI2sgRski38MkthoG1zVIQdnJ+t+vYy+wEimM4uWfTtGq+BpQtEBY/NoyESJqptgo3+DXpPYLirxwVhrFErBxaBGx/d1VnXwFvbsa1iQt1/rGFRRIg6S9bcR8VjkfHZ1w03Q14yUY2j4J6hoFB2V0IFpMxHiR+kc9hrNPhhYtUJwxIoj/L6hapx6XmLhQTTzc8I9kkgHqyPN6jPsMldF+Mh+Fc+7L+Svs848g3gjuKij7Ywa1tcSAZnrCi04RmTIdAGstri7Uc9iz9Rh1kdujfuJM2rDf3od+49qMGBBpr4TAXdXzmnc4N04ILJoZstZBTSHOv1BfGONfFeuxwLTjcr9o0YlPqeiUEyw8eBSUxBSBuUFMQCSQlYIKtZYt9fm8W63Cs18oSXDslIoD9sbv8ObhxegNVQ5XdbQJz3cgRA9LUvqW7r6/Xvzc0Di9bRhECfsRB5gCpru6ipvKTClhjatZGVz9MSxHtN8lz2Eil+M5PDvAgNobB2LHC0/+8bjKQAnJ34oiKEL+2VpzPQfyA5eLmI7CSE/bJtksSYFp3TjVSXr6TRHEjp9Wa70wNQerQx0Br67PRq4lTyF6MSQdKh/wpJYdvxlcGJbkYVu3pWVjepAgBzE7rPMRjyZqgiSoxD5kpXlCu/8aYi6Vooa4Z3DFUZLrOMHPBiYzP+nPARRqjsUnY62onRyClN2La7n/5pgmHceGlVbBAeDzb5+M03XVVGneMY6pdLuxRmTO2sd84BSAGXsnb2ML9Fy3dolcAV7yU2uvvg3dxtcBP267VJNXtoRGXOWA705hV5k6rWatY+Y/6NRWy8SaJ/AIZjoD+4I2FTTzAultBR0OuNhOIV3KbQ7+pPA/lknW9z" />
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
<div class="news-detail"><h1 class="news-title"><span id="ctl00_cphMain_lblTitle">Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024</span></h1><div class="news-date"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 02/04/2024 10:20:41 SA</span> | <span id="ctl00_cphMain_lblLuotXem">Lượt xem: 418</span></div><div id="ctl00_cphMain_ContentBlock1"><p>Năm 2024, tỉnh Hưng Yên tiếp tục tổ chức đánh giá, phân hạng sản phẩm OCOP theo Quyết định số 148/QĐ-TTg của Thủ tướng Chính phủ.</p><p><strong>1. Thành phần hồ sơ</strong></p><ul><li>Phiếu đăng ký sản phẩm tham gia Chương trình OCOP;</li><li>Phương án sản xuất, kinh doanh sản phẩm;</li><li>Bản sao giấy chứng nhận đăng ký HTX;</li><li>Hồ sơ chứng minh chất lượng, an toàn thực phẩm của sản phẩm.</li></ul><p><strong>2. Thời gian nộp hồ sơ</strong></p><p>Các HTX nộp hồ sơ tại Ủy ban nhân dân cấp huyện trước ngày 30/6/2024 để được đánh giá trong đợt 1.</p><p style="text-align: right;"><strong>Nguyễn Văn Toàn - Phòng Tư vấn, hỗ trợ</strong></p></div><div class="news-author"><span id="ctl00_cphMain_lblTacGia">Tác giả: Văn phòng Liên minh HTX tỉnh</span></div><div class="news-tools"><a href="/Print.aspx?id=10389" target="_blank">In bài</a> | <a id="ctl00_cphMain_lbtGuiBai" href="javascript:__doPostBack('ctl00$cphMain$lbtGuiBai','')">Gửi bài</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><h3>Tin khác</h3><div id="ctl00_cphMain_ListSummaryTinKhac"><ul><li><a href="/Content.aspx?id=10411">Ảnh: HTX Rau an toàn Toàn Thắng thu hoạch rau vụ xuân</a>&#160;<span class="ekDateModified">(5/1/2024 6:40:05 PM)</span></li><li><a href="/Content.aspx?id=10397">Kết quả phát triển kinh tế tập thể tỉnh Hưng Yên năm 2023</a>&#160;<span class="ekDateModified">(4/12/2024 9:45:00 AM)</span></li><li><a href="/Content.aspx?id=10376">HTX Nông nghiệp Phụng Công mở rộng vùng trồng hoa, cây cảnh</a>&#160;<span class="ekDateModified">(3/27/2024 7:10:00 PM)</span></li><li><a href="/Content.aspx?id=10371">Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch</a>&#160;<span class="ekDateModified">(3/21/2024 8:02:10 AM)</span></li><li><a href="/Content.aspx?id=10362">HTX Chăn nuôi Tiên Tiến nuôi gà theo chuỗi liên kết an toàn sinh học</a>&#160;<span class="ekDateModified">(3/15/2024 6:25:18 PM)</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQK3/doYlyUeD3Cuij2WhidbVR6nRCQQ4uK90ECRFi9GI2A+w7W4YmQN2A/34pY" />
</div></form>
</body>
</html>
