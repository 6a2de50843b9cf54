<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<title>Đăng nhập &lsaquo; Liên minh HTX thành phố Đà Nẵng &#8212; WordPress</title>
<meta name="robots" content="max-image-preview:large, noindex, noarchive" />
</head>
<body class="login no-js login-action-login wp-core-ui locale-vi">
<div id="login"><h1><a href="{{base}}/">Được hỗ trợ bởi WordPress</a></h1><form name="loginform" id="loginform" action="{{base}}/wp-login.php" method="post"><p><label for="user_login">Tên người dùng hoặc địa chỉ email</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p><p><label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></p><p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="Đăng nhập" /></p></form><p id="nav"><a href="{{base}}/wp-login.php?action=lostpassword">Bạn quên mật khẩu?</a></p><p id="backtoblog"><a href="{{base}}/">&larr; Quay lại Liên minh HTX thành phố Đà Nẵng</a></p></div>
</body>
</html>
