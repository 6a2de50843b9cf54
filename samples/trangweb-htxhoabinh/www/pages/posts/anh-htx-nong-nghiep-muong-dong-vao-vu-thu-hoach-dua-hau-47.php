<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>Tin tức - Liên minh HTX tỉnh Hòa Bình</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="description" content="Trang thông tin điện tử Liên minh Hợp tác xã tỉnh Hòa Bình" />
<meta name="keywords" content="Liên minh HTX, Hòa Bình, hợp tác xã, kinh tế tập thể" />
<link href="/templates/round_htx/screen.css" rel="stylesheet" type="text/css" media="screen" />
<link href="/templates/round_htx/print.css" rel="stylesheet" type="text/css" media="print" />
<link href="/modules/news/frontend.css" rel="stylesheet" type="text/css" media="screen" />
<link rel="alternate" type="application/rss+xml" title="Tin hoạt động" href="/modules/news/rss.php?page_id=5&amp;group_id=1" />
</head>
<body>
<table cellpadding="0" cellspacing="0" border="0" width="900" align="center" class="main">
<tr>
<td colspan="2" class="header" style="background-image: url(/templates/round_htx/images/banner.jpg);">
<div class="site-title">LIÊN MINH HỢP TÁC XÃ TỈNH HÒA BÌNH</div><div class="slogan">Hợp tác - Phát triển - Bền vững</div><div class="today">Hôm nay: Thứ Tư, 18/06/2025</div>
</td>
</tr>
<tr>
<td class="menu" valign="top" width="200">
<ul><li class="menu-sibling"><a href="/pages/trang-chu.php" class="menu-sibling">Trang chủ</a></li><li class="menu-sibling"><a href="/pages/gioi-thieu.php" class="menu-sibling">Giới thiệu</a></li><li class="menu-current"><a href="/pages/tin-tuc.php" class="menu-current">Tin tức</a></li><li class="menu-sibling"><a href="/pages/lien-he.php" class="menu-sibling">Liên hệ</a></li></ul>
<div class="search-title">Tìm kiếm</div>
<form name="search" action="/search/index.php" method="get">
<input type="hidden" name="referrer" value="5" />
<input type="text" name="string" class="search_string" /><input type="submit" name="submit" value="Tìm kiếm" class="search_submit" />
</form>
<form name="login" action="/account/login.php" method="post" class="login-box">
<input type="hidden" name="redirect" value="/pages/tin-tuc.php" />
<div class="login-title"><a href="/account/login.php">Đăng nhập</a></div>
Tên đăng nhập:<br /><input type="text" name="username" style="width: 150px;" /><br />
Mật khẩu:<br /><input type="password" name="password" style="width: 150px;" /><br />
<input type="submit" name="submit" value="Đăng nhập" /><br />
<a href="/account/forgot.php">Quên mật khẩu?</a><br /><a href="/account/signup.php">Đăng ký</a>
</form>
<div class="counter">Lượt truy cập: <b>215.432</b><br />Đang online: <b>9</b></div>
</td>
<td class="content" valign="top">
<a href="javascript:window.print()" class="print">In trang</a>
<a name="section_7"></a><table class="post-header" cellpadding="0" cellspacing="0" border="0" width="98%">
<tr>
<td><h1>Ảnh: HTX Nông nghiệp Mường Động vào vụ thu hoạch dưa hấu</h1></td>
<td rowspan="3" style="display: "><img src="/media/.news/image1.jpg" alt="Tin hoạt động" /></td>
</tr>
<tr>
<td class="public-info"><b>Đăng bởi Đinh Công Sơn (sondc) ngày 27.05.2025 lúc 10:15</b></td>
</tr>
<tr style="display: ">
<td class="group-page"><a href="/pages/tin-tuc.php">Tin tức</a> &gt;&gt; <a href="/pages/tin-tuc.php?g=1">Tin hoạt động</a></td>
</tr>
</table>
<div class="post-long"><p>Cuối tháng 5, các thành viên HTX Nông nghiệp Mường Động (huyện Kim Bôi) thu hoạch 25 ha dưa hấu vụ xuân.</p>
<p style="text-align: center;"><img src="/media/tin-tuc/2025/muong-dong-1.jpg" alt="" width="550" height="366" /></p>
<p style="text-align: center;"><em>Thành viên HTX thu hoạch dưa hấu trên cánh đồng xã Mường Động</em></p>
<p style="text-align: center;"><img src="/media/tin-tuc/2025/muong-dong-2.jpg" alt="" width="550" height="366" /></p>
<p style="text-align: center;"><em>Dưa hấu được phân loại, dán tem truy xuất nguồn gốc trước khi xuất bán</em></p>
<p style="text-align: center;"><img src="/media/tin-tuc/2025/muong-dong-3.jpg" alt="" width="550" height="366" /></p>
<p style="text-align: center;"><em>Thương lái thu mua dưa hấu tại ruộng của HTX</em></p>
<p>Năng suất dưa hấu vụ này đạt khoảng 30 tấn/ha, giá bán ổn định từ 7.000 đến 8.000 đồng/kg.</p>
<p style="text-align: right;"><strong>Bài, ảnh: Bùi Thị Thu</strong></p></div>
<p class="post-modified">Cập nhật lần cuối: 27.05.2025 lúc 16:05</p>
<a href="/pages/tin-tuc.php">Quay lại</a>
<h2>Bình luận</h2><table cellpadding="2" cellspacing="0" border="0" width="98%"><tr><td class="comment_title">Dưa ngon</td><td class="comment_info">Bởi Khách ngày 28.05.2025 lúc 08:15</td></tr><tr><td colspan="2" class="comment_text">Dưa hấu Mường Động ngọt và mát lắm, mong HTX phát triển hơn nữa.</td></tr></table><br /><a href="/modules/news/comment.php?post_id=47&amp;section_id=7">Thêm bình luận</a>
</td>
</tr>
<tr>
<td colspan="2" class="footer">
<p>Bản quyền © 2011 - 2025 Liên minh Hợp tác xã tỉnh Hòa Bình</p><p>Địa chỉ: Số 498 đường Cù Chính Lan, phường Đồng Tiến, TP Hòa Bình, tỉnh Hòa Bình</p><p>Điện thoại: 0218.3852.674 - Email: lmhtxhoabinh@gmail.com</p>
<p class="powered"><a href="{{base:offsite}}/websitebaker/" target="_blank">Powered by WebsiteBaker</a></p>
</td>
</tr>
</table>
</body>
</html>
