<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10">
<meta name="GENERATOR" content="Microsoft SharePoint">
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<title>Tin tức - Sự kiện - Liên minh HTX tỉnh Hậu Giang</title>
<meta name="description" content="Tin tức - Sự kiện">
<meta property="og:title" content="Tin tức - Sự kiện">
<link rel="canonical" href="{{base}}/tin-tuc/Pages/default.aspx">
<link rel="stylesheet" type="text/css" href="/Style%20Library/lmhtx/css/main.css">
</head>
<body>
<form method="post" action="./default.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWAgIDD2QWAg8PFgIeB1Zpc2libGVoZGRkNyHc3mEQ5B8mZ"></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-top"><span class="today">Thứ Hai, 23/11/2026</span><div class="accessibility"><a href="javascript:void(0)" class="font-minus">A-</a> <a href="javascript:void(0)" class="font-reset">A</a> <a href="javascript:void(0)" class="font-plus">A+</a> | <a href="javascript:void(0)" class="contrast-up">Tăng tương phản</a> <a href="javascript:void(0)" class="contrast-down">Giảm tương phản</a></div></div>
<div class="header-banner"><a href="/Pages/default.aspx"><img src="/PublishingImages/banner-lmhtx.png" alt="Liên minh HTX tỉnh Hậu Giang"></a>
<div class="slogan">Nhiệt liệt chào mừng Đại hội Thi đua yêu nước tỉnh Hậu Giang lần thứ VI!<br>Hậu Giang - Đoàn kết, đổi mới, sáng tạo, phát triển!</div></div>
<div class="menu-top"><ul><li><a href="/Pages/default.aspx">Trang chủ</a></li><li><a href="/tin-tuc/Pages/default.aspx">Tin tức</a></li>
<li><a href="/van-ban/Pages/default.aspx">Văn bản</a></li><li><a href="/Pages/tim-kiem.aspx?k=htx">Tìm kiếm</a></li></ul></div>
<div class="main-content"><div class="left-col">
<h1 class="title-cat">Tin tức - Sự kiện</h1>
<div class="list-news">
<div class="item-news"><img src="/PublishingImages/tin-tuc/tong-ket-2023-hau-giang.png" alt="">
<a class="title-item" href="/tin-tuc/Pages/chi-tiet.aspx?ItemID=275">Tổng kết hoạt động Liên minh HTX tỉnh năm 2023</a><p class="summary">Ngày 04/01/2024, Liên minh HTX tỉnh Hậu Giang tổ chức Hội nghị tổng kết hoạt động năm 2023, triển khai nhiệm vụ năm 2024.</p>
<span class="view">Lượt xem: 129</span></div>
<div class="item-news"><img src="/PublishingImages/tin-tuc/ocop-hau-giang-2023.png" alt="">
<a class="title-item" href="/tin-tuc/Pages/chi-tiet.aspx?ItemID=260">Hậu Giang có thêm 10 sản phẩm OCOP của HTX</a><p class="summary">UBND tỉnh Hậu Giang vừa công nhận 10 sản phẩm của các HTX đạt tiêu chuẩn OCOP năm 2023, nâng tổng số sản phẩm OCOP của khu vực kinh tế tập thể lên 58 sản phẩm.</p>
<span class="view">Lượt xem: 318</span></div>
<div class="item-news"><img src="/PublishingImages/tin-tuc/buoi-nam-roi-phu-huu.png" alt="">
<a class="title-item" href="/tin-tuc/Pages/chi-tiet.aspx?ItemID=248">HTX bưởi Năm Roi Phú Hữu xuất khẩu sang thị trường châu Âu</a><p class="summary">HTX bưởi Năm Roi Phú Hữu (huyện Châu Thành) vừa xuất khẩu lô hàng 12 tấn bưởi sang thị trường Hà Lan.</p>
<span class="view">Lượt xem: 96</span></div>
<div class="item-news"><img src="/PublishingImages/tin-tuc/ky-ket-hoi-nong-dan.png" alt="">
<a class="title-item" href="/tin-tuc/Pages/chi-tiet.aspx?ItemID=233">Liên minh HTX tỉnh ký kết chương trình phối hợp với Hội Nông dân tỉnh</a><p class="summary">Chiều 08/6/2022, Liên minh HTX tỉnh Hậu Giang và Hội Nông dân tỉnh ký kết chương trình phối hợp hỗ trợ nông dân phát triển kinh tế tập thể giai đoạn 2022 - 2025.</p>
<span class="view">Lượt xem: 412</span></div>
</div>
<div class="paging"><span>1</span> <a href="/tin-tuc/Pages/default.aspx?Page=2">2</a></div>
</div><div class="right-col">
<div class="news-new"><h3>Tin mới</h3><ul><li><a href="/tin-tuc/Pages/chi-tiet.aspx?ItemID=275">Tổng kết hoạt động Liên minh HTX tỉnh năm 2023</a></li><li><a href="/tin-tuc/Pages/chi-tiet.aspx?ItemID=260">Hậu Giang có thêm 10 sản phẩm OCOP của HTX</a></li><li><a href="/tin-tuc/Pages/chi-tiet.aspx?ItemID=248">HTX bưởi Năm Roi Phú Hữu xuất khẩu sang thị trường châu Âu</a></li><li><a href="/tin-tuc/Pages/chi-tiet.aspx?ItemID=233">Liên minh HTX tỉnh ký kết chương trình phối hợp với Hội Nông dân tỉnh</a></li><li><a href="/tin-tuc/Pages/chi-tiet.aspx?ItemID=215">HTX cá thát lát Long Mỹ mở rộng quy mô nuôi</a></li></ul></div>
<div class="news-hot"><h3>Tin tiêu điểm</h3><ul><li><a href="/tin-tuc/Pages/chi-tiet.aspx?ItemID=233">Liên minh HTX tỉnh ký kết chương trình phối hợp với Hội Nông dân tỉnh</a></li><li><a href="/tin-tuc/Pages/chi-tiet.aspx?ItemID=215">HTX cá thát lát Long Mỹ mở rộng quy mô nuôi</a></li><li><a href="/tin-tuc/Pages/chi-tiet.aspx?ItemID=201">Hậu Giang: Tập huấn nâng cao năng lực cho cán bộ quản lý HTX</a></li></ul></div>
<div class="poll"><h3>Khảo sát</h3><p class="question">Theo bạn thực hiện Chương trình OCOP nên phát triển theo hướng nào ?</p><form action="javascript:void(0)"><ul><li><label><input type="radio" name="poll" value="1"> Gắn sản phẩm với phát triển du lịch cộng đồng</label></li><li><label><input type="radio" name="poll" value="2"> Nâng cao chất lượng, bao bì, mẫu mã sản phẩm</label></li><li><label><input type="radio" name="poll" value="3"> Đẩy mạnh bán hàng trên sàn thương mại điện tử</label></li><li><label><input type="radio" name="poll" value="4"> Ý kiến khác</label></li></ul><button type="button" class="btn-vote">Biểu quyết</button> <button type="button" class="btn-result">Xem kết quả</button></form></div>
<div class="weather"><h3>Thời tiết</h3><div class="weather-box"><span class="city">Thời tiết Hà Nội</span> <span class="temp">32°C</span><p>Trời nhiều mây, không mưa</p><p>Độ ẩm: 68%</p></div></div>
<div class="counter"><h3>Thống kê truy cập</h3><ul><li>Đang truy cập : 12</li><li>Hôm nay : 38</li><li>Hôm qua : 105</li><li>Tổng số : 87654</li></ul></div>
<div class="weblinks"><h3>Liên kết website</h3><ul><li><a href="{{base:offsite}}/chinh-phu/" target="_blank">Cổng thông tin điện tử Chính phủ</a></li><li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh Hợp tác xã Việt Nam</a></li><li><a href="{{base:offsite}}/tin-tuc/bai-viet-1.html" target="_blank">Báo Kinh tế hợp tác</a></li><li><a href="{{base:offsite}}/bo-khdt/" target="_blank">Bộ Kế hoạch và Đầu tư</a></li></ul></div>
</div></div>
<div class="footer">
<p>Chịu trách nhiệm nội dung: Ông Trần Văn Huyến - Chủ tịch Liên minh HTX tỉnh Hậu Giang</p><p>Giấy phép số 12/GP-TTĐT ngày 08/01/2016 của Sở Thông tin và Truyền thông tỉnh Hậu Giang</p><p>Ghi rõ nguồn Liên minh HTX tỉnh Hậu Giang khi phát hành lại thông tin từ website này</p>
<p>Địa chỉ: Số 09, đường Võ Văn Kiệt, phường V, TP Vị Thanh, tỉnh Hậu Giang - Điện thoại: 0293.3878.799</p><p>Copyright © 2024 Liên minh Hợp tác xã tỉnh Hậu Giang - Technology Supported by Microsoft SharePoint</p>
</div>
</div></div>
</form>
<script src="/_layouts/15/init.js"></script>
</body>
</html>
