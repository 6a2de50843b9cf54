<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html;charset=utf-8" /><title>pluck 4.7.18 - đăng nhập</title></head>
<body><div id="container"><h1>Liên minh HTX tỉnh Bến Tre</h1><form action="/login.php" method="post"><input name="cont1" type="password" />
<input type="submit" name="submit" value="Đăng nhập" /></form></div></body></html>
