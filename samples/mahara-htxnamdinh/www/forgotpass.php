<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Mahara 22.10 (https://mahara.org)">
<title>Quên mật khẩu? | Hồ sơ năng lực HTX Nam Định</title>
<link rel="stylesheet" type="text/css" href="/theme/raw/style/style.css">
<script src="/lib/javascript/jquery/jquery.js"></script>
<script src="/js/mahara.js"></script>
</head>
<body data-usethemedjs="false" class="no-js no-touch" id="static">
<header class="header navbar fixed-top"><div class="container">
<div class="logo-wrapper"><a class="logo" href="/"><img src="/theme/raw/images/site-logo.png" alt="Hồ sơ năng lực HTX Nam Định"></a></div>
<nav class="nav-main"><ul class="nav"><li><a href="/view/view.php?id=14">Giới thiệu</a></li><li><a href="/contact.php">Liên hệ</a></li>
<li><a href="/?login" class="login-link">Đăng nhập</a></li></ul></nav>
</div></header>
<div class="main-content container"><div class="row"><div id="main-column" class="main-column col-lg-12">
<div id="main-column-container">
<h1 id="viewh1" class="page-header">Quên mật khẩu?</h1><p>Liên minh Hợp tác xã tỉnh Nam Định - 45 đường Hùng Vương, TP Nam Định - ĐT: 0228.3849.245</p>
</div></div></div></div>
<footer class="footer"><div class="container">
<div class="footer-inner"><p>Liên minh Hợp tác xã tỉnh Nam Định - 45 đường Hùng Vương, TP Nam Định - ĐT: 0228.3849.245</p>
<ul class="nav nav-pills footer-nav"><li><a href="/terms.php">Điều khoản và điều kiện</a></li><li><a href="/privacy.php">Chính sách bảo mật</a></li>
<li><a href="{{base:offsite}}/mahara/">Vận hành bởi Mahara</a></li></ul></div>
</div></footer>
</body>
</html>
