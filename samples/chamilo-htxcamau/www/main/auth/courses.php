<!DOCTYPE html>
<!--[if lt IE 7]> <html lang="vi" class="no-js lt-ie9 lt-ie8 lt-ie7"> <![endif]-->
<html lang="vi" class="no-js">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Danh mục khóa học - Cổng đào tạo trực tuyến LMHTX Cà Mau</title>
<meta name="Generator" content="Chamilo 1.11.26" />
<link href="/web/assets/bootstrap/dist/css/bootstrap.min.css" rel="stylesheet" media="screen" type="text/css" />
<link href="/web/css/base.css" rel="stylesheet" media="screen" type="text/css" />
<link href="/web/css/themes/chamilo/default.css" rel="stylesheet" media="screen" type="text/css" />
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" />
<script src="/web/assets/jquery/dist/jquery.min.js"></script>
<script>var _p = {"web": "/", "web_course": "/courses/", "web_main": "/main/", "web_lang": "/main/lang/", "web_ajax": "/main/inc/ajax/", "language": "vietnamese", "timezone": "Asia/Ho_Chi_Minh"};</script>
</head>
<body dir="ltr" class="section-mycourses">
<noscript>Trình duyệt của bạn không hỗ trợ JavaScript hoặc JavaScript đã bị tắt.</noscript>
<div id="cookieConsent" class="alert alert-info cookie-warning"><p>Trang web này sử dụng cookie để ghi nhớ phiên làm việc và cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với việc sử dụng cookie.</p><a href="javascript:void(0)" class="btn btn-primary btn-sm" id="cookieConsentAccept">Tôi đồng ý</a></div>
<div class="wrap">
<header id="cm-header">
<div id="navigation" class="notification-panel"></div>
<div class="container"><div class="row">
<div class="col-xs-10 col-md-3"><div class="logo"><a href="/index.php" title="Cổng đào tạo trực tuyến LMHTX Cà Mau"><img class="img-responsive" src="/web/css/themes/chamilo/images/header-logo.png" alt="Cổng đào tạo trực tuyến LMHTX Cà Mau" /></a></div></div>
<div class="col-xs-12 col-md-9"><div class="section-notifications"></div></div>
</div></div>
<nav class="navbar navbar-default"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#menuone"><span class="sr-only">Menu</span></button></div>
<div class="collapse navbar-collapse" id="menuone"><ul class="nav navbar-nav">
<li class="homepage "><a href="/index.php" title="Trang chủ">Trang chủ</a></li>
<li class="catalog "><a href="/main/auth/courses.php" title="Danh mục khóa học">Danh mục khóa học</a></li>
</ul></div></div></nav>
<div class="nav-breadcrumb"><div class="container"><ul class="breadcrumb"><li><a href="/index.php"><em class="fa fa-home"></em> Trang chủ</a></li><li class="active">Danh mục khóa học</li></ul></div></div>
</header>
<section id="cm-content"><div class="container"><div class="row"><div class="col-xs-12 col-md-12">

<div class="page-content">
<div class="items items-courses"><div class="description"><h4 class="title"><a href="/courses/LMHTXCM/index.php?id_session=0">Bảng tin Liên minh HTX tỉnh Cà Mau</a></h4><div class="category">Tin tức - Thông báo</div></div></div>
</div>
</div></div></div></section>
</div>
<footer class="footer"><div class="container"><div class="row">
<div class="col-xs-12 col-md-4"><div class="administrator-name">Quản trị viên: Văn phòng Liên minh HTX tỉnh Cà Mau</div><div class="teachers">Người phụ trách khóa học: Phạm Thị Thu Hương</div></div>
<div class="col-xs-12 col-md-4"><div class="footer-extra">Số 09 đường Phan Ngọc Hiển, phường 5, TP Cà Mau - ĐT: 0290 3831 245</div></div>
<div class="col-xs-12 col-md-4 text-right"><div class="poweredby">Được cung cấp bởi Chamilo © 2025</div></div>
</div></div></footer>
<script src="/web/assets/bootstrap/dist/js/bootstrap.min.js"></script>
<script src="/main/inc/lib/javascript/cookieconsent.js"></script>
</body>
</html>
