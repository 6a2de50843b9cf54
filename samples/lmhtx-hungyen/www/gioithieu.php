<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Gioi thieu - Lien minh HTX tinh Hung Yen</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/menu.js"></script>
</head>
<body>
<div id="wrapper">
<div id="top"><span class="ngay">Thứ Hai, ngày 18/03/2024</span> <marquee class="chaychu" width="600">Chào mừng Ngày Hợp tác xã Việt Nam 11/4 *** Hưng Yên - Đất nhãn lồng, quê hương Phố Hiến</marquee></div>
<div id="banner"><img src="/images/banner.png" alt="LIEN MINH HTX TINH HUNG YEN" width="980" height="150"></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioithieu.php">Giới thiệu</a></li><li><a href="/tintuc.php?nam=2024">Tin tức</a></li><li><a href="/vanban.php">Văn bản</a></li><li><a href="/lienhe.php">Liên hệ</a></li></ul></div>
<div id="left">
<div class="khoi"><div class="khoi-tieude">Danh mục</div><ul><li><a href="/tintuc.php?nam=2024">Tin tức năm 2024</a></li><li><a href="/tintuc.php?nam=2023">Tin tức năm 2023</a></li><li><a href="/vanban.php">Văn bản</a></li></ul></div>
<div class="khoi"><div class="khoi-tieude">Tìm kiếm</div><form action="/timkiem.php" method="get"><input type="text" name="tukhoa" size="15"><input type="submit" value="Tìm"></form></div>
<div class="khoi"><div class="khoi-tieude">Liên kết</div><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="{{base:offsite}}/lmhtx-vn/">Liên minh HTX Việt Nam</option></select></div>
<div class="khoi"><div class="khoi-tieude">Số lượt truy cập:</div><p class="dem">0 0 4 8 1 2 7 3</p><p>Đang xem: 4</p></div>
</div>
<div id="content">
<div class="chitiet"><div class="tieude">Giới thiệu Liên minh HTX tỉnh Hưng Yên</div><div class="noidung"><p align="justify">Liên minh Hợp tác xã tỉnh Hưng Yên được thành lập năm 1997 sau khi tái lập tỉnh, là tổ chức kinh tế - xã hội đại diện cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.</p><p align="justify">Liên minh có nhiệm vụ tuyên truyền, vận động phát triển kinh tế tập thể, tư vấn, hỗ trợ hợp tác xã về thành lập, đào tạo cán bộ, xúc tiến thương mại, tiếp cận vốn và ứng dụng khoa học kỹ thuật.</p><p align="justify">Cơ quan Liên minh gồm Văn phòng, Ban Tuyên truyền - Kiểm tra, Ban Chính sách - Hỗ trợ phát triển và Quỹ hỗ trợ phát triển hợp tác xã tỉnh.</p></div></div>
</div>
<div id="right"><div class="khoi"><div class="khoi-tieude">Tin mới nhất</div><ul class="tinmoi"><li><a href="/upload/tintuc/2024/Tin%20nhan%20long%20Pho%20Hien.htm">HTX nhãn lồng Phố Hiến mở rộng vùng trồng đạt chuẩn xuất khẩu</a></li><li><a href="/upload/tintuc/2024/giao-ban-quy-1-2024.htm">Giao ban công tác HTX quý I năm 2024</a></li><li><a href="/tintuc.php?id=214">Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Hợp tác xã Việt Nam năm 2024</a></li><li><a href="/upload/tintuc/2024/ga-dong-tao-khoai-chau.htm">HTX gà Đông Tảo Khoái Châu xây dựng chuỗi giá trị</a></li><li><a href="/tintuc.php?id=209">HTX tương Bần Mỹ Hào giữ nghề truyền thống</a></li><li><a href="/upload/tintuc/2024/anh-hoi-cho-ocop-2024.htm">Ảnh: Hội chợ nông sản và sản phẩm OCOP của các HTX tỉnh Hưng Yên</a></li></ul></div></div>
<div id="footer">Bản quyền thuộc Liên minh Hợp tác xã tỉnh Hưng Yên<br>Địa chỉ: Số 2 đường Chùa Chuông, phường Hiến Nam, thành phố Hưng Yên<br>Điện thoại: 0221.3862.447 - Fax: 0221.3862.448<br>Chịu trách nhiệm: Ông Đỗ Văn Hòa - Chủ tịch Liên minh HTX tỉnh<br>Thiết kế và phát triển: Trung tâm Tin học Hưng Yên</div>
</div>
</body>
</html>
