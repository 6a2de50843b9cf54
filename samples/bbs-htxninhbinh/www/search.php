<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Tìm kiếm - Diễn đàn Liên minh HTX tỉnh Ninh Bình - Powered by phpwind</title>
<meta name="generator" content="phpwind 9.0" />
<meta name="description" content="Diễn đàn Liên minh HTX tỉnh Ninh Bình" />
<meta name="keywords" content="Liên minh HTX, Ninh Bình, hợp tác xã, diễn đàn" />
<base id="headbase" href="{{base}}/" />
<link rel="stylesheet" type="text/css" href="images/pw_core.css" />
<link rel="stylesheet" type="text/css" href="images/wind/style.css" />
<script type="text/javascript" src="js/core/core.js"></script>
</head>
<body>
<div id="wrapA">
<div id="top"><div class="wrap"><span class="fr"><a href="search.php">Tìm kiếm</a> | <a href="rss.php?fid=2">RSS</a></span>Chào khách! <a href="login.php">Đăng nhập</a> | <a href="register.php">Đăng ký</a></div></div>
<div id="header"><div class="wrap"><div id="logo"><a href="index.php"><img src="images/wind/logo.png" alt="Diễn đàn Liên minh HTX tỉnh Ninh Bình" /></a></div>
<ul id="nav"><li><a href="index.php">Diễn đàn</a></li><li><a href="thread-htm-fid-2.html">Tin tức</a></li><li><a href="thread-htm-fid-3.html">Thông báo</a></li><li><a href="thread-htm-fid-5.html">Hỏi đáp</a></li></ul></div></div>
<div id="main_wrap" class="wrap">
<div id="breadCrumb" class="cc"><img src="images/wind/thread/home.gif" alt="forumlogo" class="breadHome" /><a href="index.php">Trang chủ diễn đàn</a> &raquo; Tìm kiếm</div>
<form action="search.php" method="post"><input type="text" name="keyword" /><select name="method"><option value="AND">Tiêu đề</option></select><input type="submit" value="Tìm kiếm" /></form>
</div>
<div id="footer" class="wrap"><div class="bottom tac"><a href="simple/">Bản rút gọn (Archiver)</a> | <a href="#top">Lên đầu trang</a></div>
<div class="bottom tac"><p>Liên minh Hợp tác xã tỉnh Ninh Bình - Số 10 đường Lê Hồng Phong, TP Ninh Bình - ĐT: 0229.3871.025</p><p>Thời gian hiện tại: 2024-05-23 09:40, GMT+7</p><p>Powered by phpwind v9.0 © 2003-2015 phpwind.com</p><p class="gray">Total 0.031(s) query 6, Gzip enabled</p></div></div>
</div>
</body>
</html>
