<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Đăng nhập hệ thống</title></head><body><form method="post" action="/Admin/Login.aspx">
<p>Tên đăng nhập: <input type="text" name="txtUser" /></p><p>Mật khẩu: <input type="password" name="txtPass" /></p>
<p><input type="submit" value="Đăng nhập" /></p></form></body></html>
