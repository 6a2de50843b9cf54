<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="Pragma" content="no-cache" />
<title>Thư viện ảnh Liên minh HTX tỉnh Hà Giang - Đăng ký</title>
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
<td class="tableh1" colspan="1">Đăng ký</td>
</tr>
<tr><td class="tableb"><form action="register.php" method="post"><input type="text" name="username" /></form></td></tr>
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
