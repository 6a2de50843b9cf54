<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<!-- meta.tpl -->
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="description" content="Tin HTX Bình Dương là nơi các HTX, tổ hợp tác chia sẻ tin tức về kinh tế tập thể tỉnh Bình Dương." />
<meta name="keywords" content="hợp tác xã, Bình Dương, kinh tế tập thể" />
<meta name="Language" content="vi" />
<meta name="Robots" content="All" />
<meta name="generator" content="Pligg" />
<!--/meta.tpl -->
<title>Đăng nhập | Tin HTX Bình Dương</title>
<link rel="stylesheet" type="text/css" href="/templates/wistie/css/style.css" media="screen" />
<link rel="alternate" type="application/rss+xml" title="Tin HTX Bình Dương" href="/rss.php" />
<script type="text/javascript" src="/js/jquery/jquery.pack.js"></script>
<script type="text/javascript" src="/templates/wistie/js/xmlhttp.php.js"></script>

</head>
<body dir="ltr">
<div id="wrap">
<div id="header">
<div id="logo"><a href="/"><img src="/templates/wistie/images/logo-htxbd.png" alt="Tin HTX Bình Dương" /></a></div>
<ul id="headlinks"><li><a href="/login.php">Đăng nhập</a></li><li><a href="/register.php">Đăng ký</a></li></ul>
<ul id="nav"><li><a href="/">Tin nổi bật</a></li><li><a href="/upcoming/">Tin mới gửi</a></li><li><a href="/submit.php">Gửi tin mới</a></li><li><a href="/about/">Giới thiệu</a></li></ul>
<form action="/search.php" method="get" id="thisform-search"><input type="text" name="search" class="searchfield" /><input type="submit" value="Tìm" class="searchbutton" /></form>
</div>
<div id="content-wrap">
<div id="contentbox">
<form action="/login.php" method="post"><input name="username" /><input type="password" name="password" /></form>
</div>
<div id="sidebar">
<div class="headline"><div class="sectiontitle">Giới thiệu</div></div><div class="boxcontent"><p>Tin HTX Bình Dương là nơi các HTX, tổ hợp tác chia sẻ tin tức về kinh tế tập thể tỉnh Bình Dương.</p></div>
<div class="headline"><div class="sectiontitle">Chuyên mục</div></div><div class="boxcontent"><ul id="nav-secondary"><li><a href="/tin-hop-tac-xa/">Tin hợp tác xã</a></li><li><a href="/thong-bao/">Thông báo</a></li><li><a href="/ocop/">OCOP - Sản phẩm</a></li></ul></div>
<div class="headline"><div class="sectiontitle">Mây từ khóa</div></div><div class="boxcontent"><a href="/tag/chuoi-gia-tri/" style="font-size: 14px">chuỗi giá trị</a> <a href="/tag/hat-dieu/" style="font-size: 12px">hạt điều</a> <a href="/tag/hoi-cho/" style="font-size: 18px">hội chợ</a> <a href="/tag/hoi-nghi/" style="font-size: 12px">hội nghị</a> <a href="/tag/lien-minh-htx/" style="font-size: 14px">liên minh htx</a> <a href="/tag/luat-htx/" style="font-size: 12px">luật htx</a> <a href="/tag/ocop/" style="font-size: 12px">ocop</a> <a href="/tag/phu-giao/" style="font-size: 12px">phú giáo</a> <a href="/tag/quy-ho-tro/" style="font-size: 16px">quỹ hỗ trợ</a> <a href="/tag/thuong-mai-dien-tu/" style="font-size: 16px">thương mại điện tử</a> <a href="/tag/tap-huan/" style="font-size: 12px">tập huấn</a> <a href="/tag/van-tai/" style="font-size: 18px">vận tải</a></div>
</div>
</div>
<div id="footer"><span class="subtext">Cổng tin do Liên minh HTX tỉnh Bình Dương quản lý | <a href="/rss.php">RSS</a> | <a href="/topusers/">Thành viên tích cực</a> | <a href="{{base:offsite}}/pligg/">Powered by Pligg CMS</a></span></div>
</div>
</body>
</html>