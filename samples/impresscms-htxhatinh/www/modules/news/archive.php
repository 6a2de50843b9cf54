<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta http-equiv="content-language" content="vi" />
<meta name="robots" content="index,follow" />
<meta name="keywords" content="hợp tác xã, Hà Tĩnh, liên minh HTX, kinh tế tập thể, OCOP" />
<meta name="description" content="Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Hà Tĩnh" />
<meta name="rating" content="general" />
<meta name="author" content="Liên minh HTX tỉnh Hà Tĩnh" />
<meta name="copyright" content="Copyright © 2024" />
<meta name="generator" content="ImpressCMS" />
<title>Liên minh HTX tỉnh Hà Tĩnh - Lưu trữ tin - Tin tức</title>
<link rel="shortcut icon" type="image/ico" href="/favicon.ico" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="/backend.php" />
<link rel="stylesheet" type="text/css" media="all" href="/icms.css" />
<link rel="stylesheet" type="text/css" media="all" href="/themes/iTheme/style.css" />
<script type="text/javascript" src="/include/xoops.js"></script>
</head>
<body>
<div id="container">
<div id="header"><a href="/"><img src="/themes/iTheme/img/logo.png" alt="Liên minh HTX tỉnh Hà Tĩnh" /></a>
<h1 class="sitename">Liên minh HTX tỉnh Hà Tĩnh</h1><p class="slogan">Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Hà Tĩnh</p></div>
<table cellspacing="0" id="content-table"><tr>
<td id="leftcolumn"><div class="blockTitle">Menu chính</div><div class="blockContent"><div id="mainmenu"><a class="menuTop" href="/">Trang chủ</a><a class="menuMain" href="/modules/news/">Tin tức</a><a class="menuSub" href="/modules/news/archive.php">Lưu trữ tin</a><a class="menuSub" href="/modules/news/topics_directory.php">Danh mục chuyên mục</a><a class="menuMain" href="/modules/content/content.php?page=gioi-thieu">Giới thiệu</a><a class="menuMain" href="/modules/content/content.php?page=lien-he">Liên hệ</a></div></div><div class="blockTitle">Chuyên mục tin</div><div class="blockContent"><ul><li><a href="/modules/news/index.php?storytopic=1">Tin hoạt động</a></li><li><a href="/modules/news/index.php?storytopic=2">Thông báo - Văn bản</a></li><li><a href="/modules/news/index.php?storytopic=3">Mô hình HTX</a></li></ul></div><div class="blockTitle">Đăng nhập</div><div class="blockContent" style="text-align: center;"><form style="margin-top: 0px;" action="/user.php" method="post">Tên đăng nhập:<br /><input type="text" name="uname" size="12" value="" maxlength="25" /><br />Mật khẩu:<br /><input type="password" name="pass" size="12" maxlength="32" /><br /><input type="hidden" name="op" value="login" /><input type="submit" value="Đăng nhập" /></form><a href="/user.php#lost">Quên mật khẩu?</a><br /><br /><a href="/register.php">Đăng ký ngay!</a></div></td>
<td id="centercolumn"><div id="content">
<table class="outer" width="100%"><tr><th>Lưu trữ tin</th></tr><tr class="odd"><td><a href="/modules/news/archive.php?year=2024&amp;month=7">Tháng 7 năm 2024</a></td></tr><tr class="even"><td><a href="/modules/news/archive.php?year=2024&amp;month=6">Tháng 6 năm 2024</a></td></tr><tr class="odd"><td><a href="/modules/news/archive.php?year=2024&amp;month=5">Tháng 5 năm 2024</a></td></tr><tr class="even"><td><a href="/modules/news/archive.php?year=2024&amp;month=4">Tháng 4 năm 2024</a></td></tr><tr class="odd"><td><a href="/modules/news/archive.php?year=2024&amp;month=3">Tháng 3 năm 2024</a></td></tr><tr class="even"><td><a href="/modules/news/archive.php?year=2024&amp;month=2">Tháng 2 năm 2024</a></td></tr></table>
</div></td>
<td id="rightcolumn"><div class="blockTitle">Tìm kiếm</div><div class="blockContent" style="text-align: center;"><form style="margin-top: 0px;" action="/search.php" method="get"><input type="text" name="query" size="14" /><input type="hidden" name="action" value="results" /><br /><input type="submit" value="Tìm kiếm" /></form><a href="/search.php">Tìm kiếm nâng cao</a></div><div class="blockTitle">Tin mới</div><div class="blockContent"><ul><li><a href="/modules/news/article.php?storyid=148">Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2024</a> (2024/7/2)</li><li><a href="/modules/news/article.php?storyid=146">Thông báo số 18/TB-LMHTX về việc tổ chức Hội chợ sản phẩm HTX tỉnh Hà Tĩnh năm 2024</a> (2024/6/24)</li><li><a href="/modules/news/article.php?storyid=143">HTX Bưởi Phúc Trạch Hương Khê ký hợp đồng tiêu thụ 300 tấn bưởi</a> (2024/6/11)</li><li><a href="/modules/news/article.php?storyid=139">Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ quản lý HTX</a> (2024/5/20)</li><li><a href="/modules/news/article.php?storyid=136">Mật ong rừng Vũ Quang đạt chứng nhận OCOP 4 sao</a> (2024/5/6)</li></ul></div><div class="blockTitle">Ai đang trực tuyến</div><div class="blockContent">Có 6 người đang trực tuyến (4 người đang xem Tin tức)<br /><br />Thành viên: 0<br />Khách: 6</div><div class="blockTitle">Liên kết website</div><div class="blockContent"><ul><li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh Hợp tác xã Việt Nam</a></li><li><a href="{{base:offsite}}/hatinh/" target="_blank">Cổng thông tin tỉnh Hà Tĩnh</a></li></ul></div></td>
</tr></table>
<div id="footer"><p>Bản quyền © 2024 Liên minh Hợp tác xã tỉnh Hà Tĩnh</p><p>Địa chỉ: Số 05 Nguyễn Chí Thanh, TP Hà Tĩnh - Điện thoại: 0239.3856.226</p>
<p class="powered"><a href="{{base:offsite}}/impresscms/" target="_blank">Powered by ImpressCMS © 2007-2024 The ImpressCMS Project</a></p></div>
</div>
</body>
</html>
