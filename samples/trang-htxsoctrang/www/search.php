<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>Tìm kiếm | Trang thông tin Liên minh HTX tỉnh Sóc Trăng</title>
	<link rel="stylesheet" href="/css/styles.css">
	<link rel="alternate" type="application/rss+xml" title="RSS" href="/blog/rss.php">
</head>
<body>
	<div class="topbar"><span class="today">Thứ Ba, 25/06/2024</span></div>
	<header class="site-header">
		<a href="/" class="logo"><img src="/img/logo-lmhtx.png" alt="Trang thông tin Liên minh HTX tỉnh Sóc Trăng"></a>
		<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/blog/">Tin tức</a></li><li><a href="/blog/archive.php?cat=thong-bao">Thông báo</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
		<form class="search" action="/search.php" method="get"><label for="q">Tìm kiếm</label><input type="search" name="q" id="q"><input type="submit" value="Tìm"></form>
	</header>
	<div class="wrapper">
		<main class="main-content">
<h1>Tìm kiếm</h1><form action="/search.php" method="get"><input type="search" name="q"><input type="submit" value="Tìm"></form><p>Nhập từ khóa để tìm kiếm.</p>
		</main>
		
	</div>
	<footer class="site-footer">
		<p>© 2024 Liên minh Hợp tác xã tỉnh Sóc Trăng. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
		<p>Số 18 Hùng Vương, Phường 6, TP Sóc Trăng, tỉnh Sóc Trăng</p>
		<p>Điện thoại: 0299.3822.365 - Email: lienminhhtx@soctrang.gov.vn</p>
		<p><a href="/perch/">Quản trị</a></p>
	</footer>
	<script src="/js/main.js"></script>
</body>
</html>
