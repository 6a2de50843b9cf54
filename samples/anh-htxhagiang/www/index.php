<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="Pragma" content="no-cache" />
<title>Thư viện ảnh Liên minh HTX tỉnh Hà Giang</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="index.php?file=rss/rss" />
<link rel="stylesheet" href="css/coppermine.css" type="text/css" />
<link rel="stylesheet" href="themes/curve/style.css" type="text/css" />
<link rel="shortcut icon" href="favicon.ico" />
<script type="text/javascript">
/* <![CDATA[ */
    var js_vars = {"site_url":"{{base}}","debug":false,"icon_dir":"images/icons/","lang_close":"Đóng","icon_close_path":"images/icons/close.png","cookies_allowed":true};
/* ]]> */
</script>
<script type="text/javascript" src="js/jquery-1.12.4.js"></script>
<script type="text/javascript" src="js/scripts.js"></script>
<script type="text/javascript" src="js/jquery.greybox.js"></script>
<script type="text/javascript" src="js/displayimage.js"></script>
</head>
<body>
    <div id="cpg_logo_block_outer">
        <div class="cpg_logo_block_inner">
            <div id="cpg_logo_block_logo">
                <a href="index.php">
                    <img src="themes/curve/images/coppermine-logo.png" border="0" width="260" height="60" alt="" />
                </a>
            </div>
            <div id="cpg_logo_block_name">
                <h1>Thư viện ảnh Liên minh HTX tỉnh Hà Giang</h1>
                <h3>Hình ảnh hoạt động kinh tế tập thể tỉnh Hà Giang</h3>
            </div>
            <div class="clearer"></div>
        </div>
    </div>
    <div id="cpg_header_block_outer">
        <div class="cpg_header_block_inner">
            <div id="main_menu">
                    <div class="sys_menu"><a href="index.php" title="Về trang chủ">Trang chủ</a> :: <a href="contact.php" title="Liên hệ với quản trị">Liên hệ</a> :: <a href="register.php" title="Tạo tài khoản mới">Đăng ký</a> :: <a href="login.php" title="Đăng nhập vào thư viện">Đăng nhập</a></div>
                    <div class="sub_menu"><a href="index.php" title="Danh sách album">Danh sách album</a> :: <a href="thumbnails.php?album=lastup" title="Ảnh mới tải lên" rel="nofollow">Ảnh mới tải lên</a> :: <a href="thumbnails.php?album=lastcom" title="Bình luận mới" rel="nofollow">Bình luận mới</a> :: <a href="thumbnails.php?album=topn" title="Xem nhiều nhất" rel="nofollow">Xem nhiều nhất</a> :: <a href="thumbnails.php?album=toprated" title="Đánh giá cao nhất" rel="nofollow">Đánh giá cao nhất</a> :: <a href="thumbnails.php?album=favpics" title="Ảnh yêu thích" rel="nofollow">Ảnh yêu thích</a> :: <a href="search.php" title="Tìm kiếm">Tìm kiếm</a></div>
            </div><img src="images/spacer.gif" class="menuheight" alt="" />
            <div class="clearer"></div>
        </div>
    </div>
    <div id="cpg_main_block_outer">
        <div class="cpg_main_block_inner">
            
<!-- Start standard table -->
<table align="center" width="100%" cellspacing="1" cellpadding="0" class="maintable ">
<tr>
<td colspan="3" align="left" class="tableh1">
<span class="statlink"><a href="index.php">Trang chủ</a></span>
</td>
</tr>
</table>
<!-- End standard table -->

<!-- Start standard table -->
<table align="center" width="100%" cellspacing="1" cellpadding="0" class="maintable ">
<tr>
<td class="tableh1" width="80%" align="left">Chuyên mục</td>
<td class="tableh1" width="10%" align="center">Album</td>
<td class="tableh1" width="10%" align="center">Tập tin</td>
</tr>
<tr>
<td class="catrow" align="left"><table border="0"><tr><td></td><td><span class="catlink"><a href="index.php?cat=2">Hoạt động Liên minh HTX</a></span>Tin ảnh về hoạt động của Liên minh HTX tỉnh và các HTX thành viên</td></tr></table></td>
<td class="catrow" align="center">3</td>
<td class="catrow" align="center">11</td>
</tr>
<tr>
<td class="catrow" align="left"><table border="0"><tr><td></td><td><span class="catlink"><a href="index.php?cat=3">Văn bản - Thông báo</a></span>Thông báo, văn bản của Liên minh HTX tỉnh</td></tr></table></td>
<td class="catrow" align="center">1</td>
<td class="catrow" align="center">1</td>
</tr>
<tr>
<td colspan="3" class="tableh1" align="center"><span class="statlink">12 tập tin trong 4 album và 2 chuyên mục với 3 bình luận, được xem 4204 lần</span></td>
</tr>
</table>
<!-- End standard table -->

<!-- Start standard table -->
<table align="center" width="100%" cellspacing="1" cellpadding="0" class="maintable ">
<tr>
<td class="tableh1" colspan="3">
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td style="vertical-align:top" class="statlink">
<h2>Ảnh mới tải lên</h2>
</td>
<td style="text-align:right;" class="sortorder_cell" id="sortorder_cell">
</td>
</tr>
</table>
</td>
</tr>
<tr>
<td valign="top" class="thumbnails" width ="33%" align="center">
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td align="center">
<a href="displayimage.php?album=lastup&amp;pid=42#top_display_media"><img src="images/thumbs/thumb_pdf.png" class="image thumbnail" width="120" height="80" border="0" alt="TB-12-LMHTX-2025.pdf" title="Tên tập tin=TB-12-LMHTX-2025.pdf
Kích thước=190KiB
Kích cỡ=1024x683
Ngày thêm=14/05/2025" /><br /></a>
<span class="thumb_title thumb_title_title">Thông báo số 12/TB-LMHTX về việc tổ chức lớp tập huấn kế toán HTX năm 2025</span><span class="thumb_caption thumb_caption_ctime">14/05/2025</span>
</td>
</tr>
</table>
</td>
<td valign="top" class="thumbnails" width ="33%" align="center">
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td align="center">
<a href="displayimage.php?album=lastup&amp;pid=41#top_display_media"><img src="albums/userpics/10001/thumb_lung-phin-1.png" class="image thumbnail" width="120" height="80" border="0" alt="lung-phin-1.png" title="Tên tập tin=lung-phin-1.png
Kích thước=144KiB
Kích cỡ=1024x683
Ngày thêm=06/05/2025" /><br /></a>
<span class="thumb_title thumb_title_title">Ảnh: HTX chè Shan tuyết Lũng Phìn vào vụ chè xuân</span><span class="thumb_caption thumb_caption_ctime">06/05/2025</span>
</td>
</tr>
</table>
</td>
<td valign="top" class="thumbnails" width ="33%" align="center">
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td align="center">
<a href="displayimage.php?album=lastup&amp;pid=40#top_display_media"><img src="albums/userpics/10001/thumb_lung-phin-toan-canh.png" class="image thumbnail" width="120" height="80" border="0" alt="lung-phin-toan-canh.png" title="Tên tập tin=lung-phin-toan-canh.png
Kích thước=120KiB
Kích cỡ=1024x683
Ngày thêm=22/04/2025" /><br /></a>
<span class="thumb_title thumb_title_title">Toàn cảnh vùng chè Shan tuyết Lũng Phìn</span><span class="thumb_caption thumb_caption_ctime">22/04/2025</span>
</td>
</tr>
</table>
</td>
</tr>
</table>
<!-- End standard table -->

<!-- Start standard table -->
<table align="center" width="100%" cellspacing="1" cellpadding="0" class="maintable ">
<tr>
<td class="tableh1" colspan="3">
<table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr>
<td style="vertical-align:top" class="statlink">
<h2>Xem nhiều nhất</h2>
</td>
<td style="text-align:right;" class="sortorder_cell" id="sortorder_cell">
</td>
</tr>
</table>
</td>
</tr>
<tr>
<td valign="top" class="thumbnails" width ="33%" align="center">
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td align="center">
<a href="displayimage.php?album=topn&amp;pid=41#top_display_media"><img src="albums/userpics/10001/thumb_lung-phin-1.png" class="image thumbnail" width="120" height="80" border="0" alt="lung-phin-1.png" title="Tên tập tin=lung-phin-1.png
Kích thước=144KiB
Kích cỡ=1024x683
Ngày thêm=06/05/2025" /><br /></a>
<span class="thumb_title thumb_title_title">Ảnh: HTX chè Shan tuyết Lũng Phìn vào vụ chè xuân</span><span class="thumb_num_views">412 lượt xem</span>
</td>
</tr>
</table>
</td>
<td valign="top" class="thumbnails" width ="33%" align="center">
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td align="center">
<a href="displayimage.php?album=topn&amp;pid=36#top_display_media"><img src="albums/userpics/10001/thumb_cam-sanh-bac-quang.png" class="image thumbnail" width="120" height="80" border="0" alt="cam-sanh-bac-quang.png" title="Tên tập tin=cam-sanh-bac-quang.png
Kích thước=130KiB
Kích cỡ=1024x683
Ngày thêm=25/02/2025" /><br /></a>
<span class="thumb_title thumb_title_title">HTX Cam sành Bắc Quang mở rộng vùng trồng đạt chuẩn VietGAP</span><span class="thumb_num_views">301 lượt xem</span>
</td>
</tr>
</table>
</td>
<td valign="top" class="thumbnails" width ="33%" align="center">
<table width="100%" cellpadding="0" cellspacing="0">
<tr>
<td align="center">
<a href="displayimage.php?album=topn&amp;pid=37#top_display_media"><img src="albums/userpics/10001/thumb_ocop-ho-so.png" class="image thumbnail" width="120" height="80" border="0" alt="ocop-ho-so.png" title="Tên tập tin=ocop-ho-so.png
Kích thước=180KiB
Kích cỡ=1024x683
Ngày thêm=12/03/2025" /><br /></a>
<span class="thumb_title thumb_title_title">Hướng dẫn HTX chuẩn bị hồ sơ đánh giá sản phẩm OCOP năm 2025</span><span class="thumb_num_views">254 lượt xem</span>
</td>
</tr>
</table>
</td>
</tr>
</table>
<!-- End standard table -->

            <br />
        </div>
    </div>
    <div id="cpg_footer_block_outer">
        <div class="cpg_footer_block_inner">
            <div class="custom_footer">Liên minh HTX tỉnh Hà Giang - Tổ 9, phường Minh Khai, TP Hà Giang - ĐT: 0219.3866.241</div>
<div class="footer" align="center" style="padding:10px;display:block;visibility:visible; font-family: Verdana,Arial,sans-serif;">Powered by <a href="{{base:offsite}}/coppermine-gallery/" title="Coppermine Photo Gallery" rel="external">Coppermine Photo Gallery</a></div>
        </div>
    </div>
</body>
</html>
