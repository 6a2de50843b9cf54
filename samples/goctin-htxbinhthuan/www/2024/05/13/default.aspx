<!DOCTYPE html>
<html lang="vi">
<head profile="http://gmpg.org/xfn/11"><meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="/Custom/Themes/Standard/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="/Custom/Themes/Standard/css/styles.css" rel="stylesheet" type="text/css" />
<title>13/05/2024 | Góc tin HTX Bình Thuận</title>
<link rel="shortcut icon" href="/pics/blogengine.ico" type="image/x-icon" />
<meta name="description" content="Tin hoạt động của Liên minh Hợp tác xã tỉnh Bình Thuận" />
<link rel="contents" title="Lưu trữ" href="/archive.aspx" />
<link rel="start" title="Góc tin HTX Bình Thuận" href="/" />
<link type="application/rsd+xml" rel="edituri" title="RSD" href="/rsd.axd" />
<link type="application/rdf+xml" rel="meta" title="SIOC" href="/sioc.axd" />
<link type="application/opensearchdescription+xml" rel="search" title="Góc tin HTX Bình Thuận" href="/opensearch.axd" />
<link type="application/rss+xml" rel="alternate" title="Góc tin HTX Bình Thuận" href="/syndication.axd" />
<script type="text/javascript" src="/Scripts/jquery-2.1.4.min.js"></script>
<script type="text/javascript" src="/Scripts/blog.js"></script>
</head>
<body class="ltr">
<form method="post" action="{{base}}/" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTI2OTc3NzYyMmRkq3xl8zR0nT3XVdIvL6v3p1pN0ok=" /></div>
<header class="header"><div class="container">
<h1 class="header-title"><a href="/">Góc tin HTX Bình Thuận</a></h1>
<p class="header-desc">Tin hoạt động của Liên minh Hợp tác xã tỉnh Bình Thuận</p>
<nav class="header-nav"><ul class="list-inline"><li><a href="/">Trang chủ</a></li><li><a href="/page/Gioi-thieu.aspx">Giới thiệu</a></li><li><a href="/archive.aspx">Lưu trữ</a></li><li><a href="/contact.aspx">Liên hệ</a></li><li><a href="/Account/login.aspx">Đăng nhập</a></li></ul></nav>
</div></header>
<section class="content"><div class="container"><div class="row">
<div class="col-md-8 content-inner">
<h2 class="page-global-title">Bài viết ngày 13/05/2024</h2><div id="postlist"><article class="post" id="post0">
<header class="post-header">
<h2 class="post-title"><a href="/post/2024/05/13/Thong-bao-so-06TB-LMHTX-ve-viec-%C4%91ang-ky-tham-gia-Hoi-cho-nong-san-Binh-Thuan-nam-2024.aspx">Thông báo số 06/TB-LMHTX về việc đăng ký tham gia Hội chợ nông sản Bình Thuận năm 2024</a></h2>
<div class="post-info clearfix">
<span class="post-date"><i class="glyphicon glyphicon-calendar"></i>13. Tháng Năm 2024 08:30</span>
<span class="post-author"><i class="glyphicon glyphicon-user"></i><a href="/author/Admin.aspx">Admin</a></span>
<span class="post-category"><i class="glyphicon glyphicon-folder-close"></i><a href="/category/Thong-bao.aspx">Thông báo</a></span>
</div>
</header>
<section class="post-body text">
<p>LIÊN MINH HTX TỈNH BÌNH THUẬN</p>
<p>Số: 06/TB-LMHTX</p>
<p>Bình Thuận, ngày 10 tháng 5 năm 2024</p>
<p>THÔNG BÁO</p>
<p>Về việc đăng ký tham gia Hội chợ nông sản Bình Thuận năm 2024</p>
<p>Hội chợ nông sản Bình Thuận năm 2024 diễn ra từ ngày 14/6 đến ngày 18/6/2024 tại Quảng trường Nguyễn Tất Thành, TP Phan Thiết.</p>
<p>Liên minh HTX tỉnh hỗ trợ 25 gian hàng miễn phí cho các HTX có sản phẩm OCOP hoặc sản phẩm đạt chứng nhận VietGAP.</p>
<p>Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/5/2024.</p>
<p>KT. CHỦ TỊCH</p>
<p>PHÓ CHỦ TỊCH</p>
<p>Nguyễn Văn Long</p>
<p><a href="/file.axd?file=/2024/05/TB-06-LMHTX-hoi-cho-2024.pdf">TB-06-LMHTX-hoi-cho-2024.pdf (156,23 kb)</a></p>
</section>
<footer class="post-footer">
<div class="post-comments"><a rel="nofollow" href="/post/2024/05/13/Thong-bao-so-06TB-LMHTX-ve-viec-%C4%91ang-ky-tham-gia-Hoi-cho-nong-san-Binh-Thuan-nam-2024.aspx#comment">Bình luận (0)</a> | <a rel="bookmark" href="/post.aspx?id=c75732f2-03ec-086c-6794-acda591298fb">Liên kết cố định</a></div>
<div class="post-adminlinks"></div>
</footer>
</article></div>
</div>
<aside class="col-md-4 sidebar"><div class="widget search"><h4 class="widget-header">Tìm kiếm</h4><div class="widget-content"><div id="searchbox"><input type="text" value="" id="searchfield" onkeypress="if(event.keyCode==13) return BlogEngine.search('/');" /><input type="button" value="Tìm" id="searchbutton" onclick="BlogEngine.search('/');" /></div></div></div><div class="widget calendar"><h4 class="widget-header">Lịch</h4><div class="widget-content"><table id="widgetzone_ctl05_PostCalendar1" class="calendar" cellspacing="0" cellpadding="2" title="Lịch" border="0" style="border-width:1px;border-style:solid;border-collapse:collapse;"><tr><td colspan="7" style="background-color:Silver;"><table class="calendar-title" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;"><tr><td style="width:15%;"><a href="javascript:__doPostBack('widgetzone$ctl05$PostCalendar1','V8857')" style="color:Black" title="Về tháng trước">&lt;&lt;</a></td><td align="center" style="width:70%;">Tháng Năm 2024</td><td align="right" style="width:15%;"><a href="javascript:__doPostBack('widgetzone$ctl05$PostCalendar1','V8918')" style="color:Black" title="Về tháng sau">&gt;&gt;</a></td></tr></table></td></tr><tr><th align="center" abbr="T2" scope="col">T2</th><th align="center" abbr="T3" scope="col">T3</th><th align="center" abbr="T4" scope="col">T4</th><th align="center" abbr="T5" scope="col">T5</th><th align="center" abbr="T6" scope="col">T6</th><th align="center" abbr="T7" scope="col">T7</th><th align="center" abbr="CN" scope="col">CN</th></tr><tr><td class="other">29</td><td class="other">30</td><td class="day">1</td><td class="day">2</td><td class="day">3</td><td class="day">4</td><td class="day">5</td></tr><tr><td class="day"><a href="/2024/05/06/default.aspx">6</a></td><td class="day">7</td><td class="day">8</td><td class="day">9</td><td class="day">10</td><td class="day">11</td><td class="day">12</td></tr><tr><td class="day"><a href="/2024/05/13/default.aspx">13</a></td><td class="day">14</td><td class="day">15</td><td class="day">16</td><td class="day">17</td><td class="day">18</td><td class="day">19</td></tr><tr><td class="day">20</td><td class="day">21</td><td class="day">22</td><td class="day">23</td><td class="day">24</td><td class="day">25</td><td class="day">26</td></tr><tr><td class="day">27</td><td class="day">28</td><td class="day">29</td><td class="day">30</td><td class="day">31</td><td class="other">1</td><td class="other">2</td></tr><tr><td class="other">3</td><td class="other">4</td><td class="other">5</td><td class="other">6</td><td class="other">7</td><td class="other">8</td><td class="other">9</td></tr></table><br /><a href="/calendar/default.aspx">Xem lịch đầy đủ</a></div></div><div class="widget recentposts"><h4 class="widget-header">Bài mới nhất</h4><div class="widget-content"><ul class="recentPosts" id="recentPosts"><li><a href="/post/2024/05/13/Thong-bao-so-06TB-LMHTX-ve-viec-%C4%91ang-ky-tham-gia-Hoi-cho-nong-san-Binh-Thuan-nam-2024.aspx">Thông báo số 06/TB-LMHTX về việc đăng ký tham gia Hội chợ nông sản Bình Thuận năm 2024</a></li><li><a href="/post/2024/05/06/Anh-HTX-Thanh-long-Ham-Minh-vao-vu-thu-hoach-trai-vu.aspx">Ảnh: HTX Thanh long Hàm Minh vào vụ thu hoạch trái vụ</a></li><li><a href="/post/2024/04/25/Ket-qua-san-xuat-tieu-thu-thanh-long-cua-cac-HTX-quy-I-nam-2024.aspx">Kết quả sản xuất, tiêu thụ thanh long của các HTX quý I năm 2024</a></li><li><a href="/post/2024/04/12/Nhung-luu-y-khi-HTX-cham-soc-thanh-long-trong-mua-kho.aspx">Những lưu ý khi HTX chăm sóc thanh long trong mùa khô</a></li><li><a href="/post/2024/03/29/HTX-Nuoc-mam-Phan-Thiet-mo-rong-thi-truong-tieu-thu.aspx">HTX Nước mắm Phan Thiết mở rộng thị trường tiêu thụ</a></li></ul></div></div><div class="widget categorylist"><h4 class="widget-header">Chuyên mục</h4><div class="widget-content"><ul id="categorylist"><li><a href="/category/Tin-tuc.aspx">Tin tức (6)</a> <a href="/category/feed/Tin-tuc.aspx" rel="nofollow"><img src="/pics/rssButton.png" alt="RSS" /></a></li><li><a href="/category/Thong-bao.aspx">Thông báo (1)</a> <a href="/category/feed/Thong-bao.aspx" rel="nofollow"><img src="/pics/rssButton.png" alt="RSS" /></a></li><li><a href="/category/Kien-thuc.aspx">Kiến thức (1)</a> <a href="/category/feed/Kien-thuc.aspx" rel="nofollow"><img src="/pics/rssButton.png" alt="RSS" /></a></li></ul></div></div><div class="widget tagcloud"><h4 class="widget-header">Thẻ phổ biến</h4><div class="widget-content"><ul><li><a href="/?tag=/OCOP" class="tag-2" rel="tag">OCOP</a> <a href="/?tag=/h%E1%BB%99i-ch%E1%BB%A3" class="tag-1" rel="tag">hội chợ</a> <a href="/?tag=/k%E1%BB%B9-thu%E1%BA%ADt" class="tag-1" rel="tag">kỹ thuật</a> <a href="/?tag=/s%E1%BB%91-li%E1%BB%87u" class="tag-1" rel="tag">số liệu</a> <a href="/?tag=/thanh-long" class="tag-3" rel="tag">thanh long</a> <a href="/?tag=/th%E1%BB%A7y-s%E1%BA%A3n" class="tag-1" rel="tag">thủy sản</a></li></ul></div></div><div class="widget monthlist"><h4 class="widget-header">Lưu trữ</h4><div class="widget-content"><ul id="monthList"><li><a href="/archive.aspx">Xem tất cả bài viết</a></li></ul></div></div></aside>
</div></div></section>
<footer class="footer"><div class="container">
<p class="copyright">Liên minh Hợp tác xã tỉnh Bình Thuận - 07 Nguyễn Tất Thành, TP Phan Thiết - ĐT: 0252.3822.945</p>
<p class="powered">Powered by BlogEngine.NET 3.3.0.0 | <a href="{{base:offsite}}/blogengine/" rel="nofollow">Thiết kế bởi BlogEngine.NET</a></p>
</div></footer>
</form>
</body>
</html>
