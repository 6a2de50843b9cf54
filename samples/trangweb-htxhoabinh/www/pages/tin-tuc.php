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
<a name="section_7"></a><table class="loop-header" cellpadding="0" cellspacing="0" border="0" width="98%"><tr class="post-top"><td class="post-image" rowspan="2" width="60"><img src="/media/.news/image2.jpg" alt="Thông báo" /></td><td class="post-title"><a href="/pages/posts/thong-bao-so-15tb-lmhtx-ve-viec-to-chuc-tap-huan-chuyen-doi-so-cho-htx-nam-2025-48.php">Thông báo số 15/TB-LMHTX về việc tổ chức tập huấn chuyển đổi số cho HTX năm 2025</a></td></tr><tr><td class="post-info">Đăng bởi Văn phòng Liên minh ngày 10.06.2025</td></tr><tr><td class="post-short" colspan="2"><p>LIÊN MINH HTX TỈNH HÒA BÌNH</p> <span style="visibility:visible;"><a href="/pages/posts/thong-bao-so-15tb-lmhtx-ve-viec-to-chuc-tap-huan-chuyen-doi-so-cho-htx-nam-2025-48.php">Xem thêm</a></span></td></tr></table><table class="loop-header" cellpadding="0" cellspacing="0" border="0" width="98%"><tr class="post-top"><td class="post-image" rowspan="2" width="60"><img src="/media/.news/image1.jpg" alt="Tin hoạt động" /></td><td class="post-title"><a href="/pages/posts/anh-htx-nong-nghiep-muong-dong-vao-vu-thu-hoach-dua-hau-47.php">Ảnh: HTX Nông nghiệp Mường Động vào vụ thu hoạch dưa hấu</a></td></tr><tr><td class="post-info">Đăng bởi Đinh Công Sơn ngày 27.05.2025</td></tr><tr><td class="post-short" colspan="2"><p>Cuối tháng 5, các thành viên HTX Nông nghiệp Mường Động (huyện Kim Bôi) thu hoạch 25 ha dưa hấu vụ xuân.</p> <span style="visibility:visible;"><a href="/pages/posts/anh-htx-nong-nghiep-muong-dong-vao-vu-thu-hoach-dua-hau-47.php">Xem thêm</a></span></td></tr></table><table class="loop-header" cellpadding="0" cellspacing="0" border="0" width="98%"><tr class="post-top"><td class="post-image" rowspan="2" width="60"><img src="/media/.news/image1.jpg" alt="Tin hoạt động" /></td><td class="post-title"><a href="/pages/posts/ket-qua-thuc-hien-chuong-trinh-ocop-cua-cac-htx-tinh-hoa-binh-46.php">Kết quả thực hiện Chương trình OCOP của các HTX tỉnh Hòa Bình</a></td></tr><tr><td class="post-info">Đăng bởi Đinh Công Sơn ngày 15.05.2025</td></tr><tr><td class="post-short" colspan="2"><p>Đến hết tháng 4/2025, toàn tỉnh có 246 sản phẩm OCOP, trong đó các HTX là chủ thể của 112 sản phẩm.</p> <span style="visibility:visible;"><a href="/pages/posts/ket-qua-thuc-hien-chuong-trinh-ocop-cua-cac-htx-tinh-hoa-binh-46.php">Xem thêm</a></span></td></tr></table><table class="loop-header" cellpadding="0" cellspacing="0" border="0" width="98%"><tr class="post-top"><td class="post-image" rowspan="2" width="60"><img src="/media/.news/image1.jpg" alt="Tin hoạt động" /></td><td class="post-title"><a href="/pages/posts/nhung-luu-y-khi-htx-xay-dung-phuong-an-san-xuat-kinh-doanh-45.php">Những lưu ý khi HTX xây dựng phương án sản xuất kinh doanh</a></td></tr><tr><td class="post-info">Đăng bởi admin ngày 24.04.2025</td></tr><tr><td class="post-short" colspan="2"><p>Phương án sản xuất kinh doanh là căn cứ để HTX huy động vốn góp của thành viên và tiếp cận các nguồn vốn vay.</p> <span style="visibility:visible;"><a href="/pages/posts/nhung-luu-y-khi-htx-xay-dung-phuong-an-san-xuat-kinh-doanh-45.php">Xem thêm</a></span></td></tr></table><table class="loop-header" cellpadding="0" cellspacing="0" border="0" width="98%"><tr class="post-top"><td class="post-image" rowspan="2" width="60"><img src="/media/.news/image1.jpg" alt="Tin hoạt động" /></td><td class="post-title"><a href="/pages/posts/htx-buoi-do-tan-lac-mo-rong-vung-trong-theo-tieu-chuan-vietgap-44.php">HTX Bưởi đỏ Tân Lạc mở rộng vùng trồng theo tiêu chuẩn VietGAP</a></td></tr><tr><td class="post-info">Đăng bởi admin ngày 10.04.2025</td></tr><tr><td class="post-short" colspan="2"><p>HTX Bưởi đỏ Tân Lạc (huyện Tân Lạc) vừa được cấp chứng nhận VietGAP cho thêm 20 ha bưởi đỏ của 35 hộ thành viên.</p> <span style="visibility:visible;"><a href="/pages/posts/htx-buoi-do-tan-lac-mo-rong-vung-trong-theo-tieu-chuan-vietgap-44.php">Xem thêm</a></span></td></tr></table><table class="page-header" cellpadding="0" cellspacing="0" border="0" width="98%"><tr><td class="page-left" width="35%"></td><td class="page-center" align="center">1-5 của 8</td><td class="page-right" align="right" width="35%"><a href="/pages/tin-tuc.php?p=5">Trang sau &gt;&gt;</a></td></tr></table>
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
