<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="generator" content="Piwigo (aka PWG), see piwigo.org">
<meta name="robots" content="noindex,nofollow">
<title>Định danh | Thư viện ảnh Liên minh HTX tỉnh Trà Vinh</title>
<link rel="shortcut icon" type="image/x-icon" href="themes/default/icon/favicon.ico">
<link rel="stylesheet" type="text/css" href="themes/modus/theme.css?v13.8.0">
<link rel="start" title="Trang chủ" href="./" >
<link rel="search" title="Tìm kiếm" href="search.php" >
<link rel="alternate" type="application/rss+xml" title="Chỉ hiện hình ảnh trên RSS feed" href="feed.php">
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="themes/default/js/jquery.min.js?v13.8.0"></script>
</head>
<body id="theAdditionalPage" class="section-categories">
<aside id="menubar">
<dl id="mbCategories"><dt><a href="index.php?/categories">Đề mục</a></dt><dd><ul><li><a href="index.php?/category/1-hoat_dong_lien_minh" title="20 hình trong mục này">Hoạt động Liên minh</a><span class="menuInfoCat badge" title="20 hình trong mục này">20</span></li><li><a href="index.php?/category/2-htx_tieu_bieu" title="3 hình trong mục này">HTX tiêu biểu</a><span class="menuInfoCat badge" title="3 hình trong mục này">3</span></li><li><a href="index.php?/category/3-van_ban_thong_bao" title="1 hình trong mục này">Văn bản - Thông báo</a><span class="menuInfoCat badge" title="1 hình trong mục này">1</span></li></ul><p class="totalImages">22 hình</p></dd></dl>
<dl id="mbSpecials"><dt><a>Đặc biệt</a></dt><dd><ul><li><a href="index.php?/most_visited" title="hiển thị những hình được xem nhiều nhất">Hình được xem nhiều nhất</a></li><li><a href="index.php?/recent_pics" title="hiển thị các hình gần đây nhất">Các hình gần đây</a></li><li><a href="index.php?/posted-monthly-list" title="hiển thị lịch theo ngày gởi hình" rel="nofollow">Xem hình theo lịch</a></li></ul></dd></dl>
<dl id="mbMenu"><dt>Trình đơn</dt><dd><form action="qsearch.php" method="get" id="quicksearch"><p style="margin:0;padding:0"><input type="text" name="q" id="qsearchInput" placeholder="Tìm kiếm nhanh"></p></form><ul><li><a href="tags.php" title="Xem các tag được dùng">Thẻ</a> (4)</li><li><a href="search.php" title="tìm kiếm" rel="search">Tìm kiếm</a></li><li><a href="comments.php" title="Xem bình luận gần nhất">Lời bình</a></li><li><a href="about.php">Thông tin về Piwigo</a></li><li><a href="notification.php" rel="nofollow">Bản tin RSS</a></li></ul></dd></dl>
<dl id="mbIdentification"><dt>Định danh</dt><dd><ul><li><a href="register.php" title="Tạo tài khoản mới" rel="nofollow">Đăng ký</a></li><li><a href="identification.php" rel="nofollow">Đăng nhập</a></li><li><a href="password.php" rel="nofollow">Quên mật khẩu</a></li></ul></dd></dl>
</aside>
<a id="menuSwitcher" class="pwg-button" title="Trình đơn"><span class="pwg-icon"></span></a>
<div id="content" class="contentWithMenu">
<div class="titrePage"><div class="browsePath"><h2><a href="./">Trang chủ</a><span class="browsePathSeparator"> / </span>Định danh</h2></div></div><form action="identification.php" method="post" name="login_form" class="properties"><ul><li><span class="property"><label for="username">Tên đăng nhập</label></span><input type="text" name="username" id="username"></li><li><span class="property"><label for="password">Mật khẩu</label></span><input type="password" name="password" id="password"></li></ul><input type="submit" name="login" value="Đăng ký"></form>
</div>
<div id="copyright">
	Sản phẩm của	<a href="{{base:offsite}}/piwigo/" class="Piwigo">Piwigo</a>
	- <a href="mailto:lienminhhtx@travinh.gov.vn?subject=Th%C6%B0%20vi%E1%BB%87n%20%E1%BA%A3nh">Liên hệ với Quản trị</a>
</div>
<script src="themes/modus/js/modus.js?v13.8.0"></script>
</body>
</html>
