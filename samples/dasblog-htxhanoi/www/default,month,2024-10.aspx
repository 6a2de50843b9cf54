<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>Sổ tay Liên minh HTX Hà Nội - Tháng Mười 2024</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="newtelligence dasBlog 2.3.9074.18820" />
<link rel="stylesheet" href="/themes/dasblog/dasblog.css" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="Sổ tay Liên minh HTX Hà Nội" href="{{base}}/SyndicationService.asmx/GetRss" />
<link rel="alternate" type="application/atom+xml" title="Sổ tay Liên minh HTX Hà Nội" href="{{base}}/SyndicationService.asmx/GetAtom" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{{base}}/EditService.asmx/GetRsd" />
<link rel="pingback" href="{{base}}/pingback.aspx" />

</head>
<body>
<form name="mainForm" method="post" action="#" id="mainForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJNzgzNDMwNTMzZGQ=" />
<div id="header"><h1 class="blogTitle"><a href="{{base}}/">Sổ tay Liên minh HTX Hà Nội</a></h1><p class="description">Ghi chép hoạt động của Liên minh Hợp tác xã thành phố Hà Nội</p></div>
<div id="navbar"><a href="{{base}}/">Trang chủ</a> | <a href="{{base}}/SyndicationService.asmx/GetRss">RSS</a> | <a href="{{base}}/Login.aspx">Đăng nhập quản trị</a></div>
<div id="content">
<div class="bodyContentStyle">
<div class="monthViewBoxStyle"><h2>Tháng Mười 2024</h2><ul><li><a href="{{base}}/2024/10/28/Ket-qua-phan-hang-san-pham-OCOP-cua-cac-HTX-Ha-Noi-nam-2024.aspx">Kết quả phân hạng sản phẩm OCOP của các HTX Hà Nội năm 2024</a> (28 Tháng Mười 2024)</li><li><a href="{{base}}/2024/10/22/Ha-Noi-phat-trien-HTX-gan-voi-xay-dung-nong-thon-moi.aspx">Hà Nội phát triển HTX gắn với xây dựng nông thôn mới</a> (22 Tháng Mười 2024)</li><li><a href="{{base}}/2024/10/15/Huong-dan-HTX-chuyen-doi-theo-Luat-Hop-tac-xa-nam-2023.aspx">Hướng dẫn HTX chuyển đổi theo Luật Hợp tác xã năm 2023</a> (15 Tháng Mười 2024)</li><li><a href="{{base}}/2024/10/08/HTX-Che-Minh-Phu-don-doan-khach-tham-quan-trai-nghiem.aspx">HTX Chè Minh Phú đón đoàn khách tham quan trải nghiệm</a> (08 Tháng Mười 2024)</li></ul></div><div class="dayBoxStyle"><div class="dayHeader"><a href="{{base}}/default,date,2024-10-28.aspx">28 Tháng Mười 2024</a></div><div class="itemBoxStyle"><h2 class="itemTitleStyle"><a class="TitleLinkStyle" rel="bookmark" href="{{base}}/2024/10/28/Ket-qua-phan-hang-san-pham-OCOP-cua-cac-HTX-Ha-Noi-nam-2024.aspx">Kết quả phân hạng sản phẩm OCOP của các HTX Hà Nội năm 2024</a></h2><div class="itemBodyStyle">
<p>Năm 2024, Hội đồng đánh giá, phân hạng sản phẩm OCOP thành phố công nhận 312 sản phẩm, trong đó có 118 sản phẩm của HTX.</p>
<table class="MsoTableGrid" border="1" cellpadding="4" cellspacing="0">
<thead><tr><th>Hạng sao</th>
<th>Tổng số sản phẩm</th>
<th>Sản phẩm của HTX</th></tr></thead>
<tbody>
<tr><td>5 sao</td>
<td>6</td>
<td>2</td></tr>
<tr><td>4 sao</td>
<td>97</td>
<td>41</td></tr>
<tr><td>3 sao</td>
<td>209</td>
<td>75</td></tr>
</tbody></table>
<p>Liên minh HTX thành phố sẽ hỗ trợ các HTX có sản phẩm 4 sao hoàn thiện hồ sơ đề nghị đánh giá 5 sao.</p>
<p>Ban Hỗ trợ phát triển HTX</p>
</div><p class="itemFooter">Posted at 14:05 | <span class="itemCategoryLinksStyle"><a href="/CategoryView.aspx?category=OCOP">OCOP</a></span> | <a class="commentLinkStyle" href="{{base}}/CommentView,guid,d40f6a18-2e9b-4c73-8a5d-93c7e1b2f506.aspx#commentstart">Comments [0]</a> | <a class="trackbackLinkStyle" href="{{base}}/Trackback.aspx?guid=d40f6a18-2e9b-4c73-8a5d-93c7e1b2f506">Trackback</a></p></div></div><div class="dayBoxStyle"><div class="dayHeader"><a href="{{base}}/default,date,2024-10-22.aspx">22 Tháng Mười 2024</a></div><div class="itemBoxStyle"><h2 class="itemTitleStyle"><a class="TitleLinkStyle" rel="bookmark" href="{{base}}/2024/10/22/Ha-Noi-phat-trien-HTX-gan-voi-xay-dung-nong-thon-moi.aspx">Hà Nội phát triển HTX gắn với xây dựng nông thôn mới</a></h2><div class="itemBodyStyle">
<p>Trong giai đoạn 2021 - 2024, thành phố Hà Nội đã thành lập mới 356 HTX, trong đó phần lớn là HTX nông nghiệp.</p>
<p>Các HTX đóng vai trò quan trọng trong việc tổ chức sản xuất, liên kết tiêu thụ sản phẩm, góp phần hoàn thành tiêu chí về tổ chức sản xuất trong xây dựng nông thôn mới.</p>
<p align="right"><b>Theo Báo Hà Nội Mới</b></p>
</div><p class="itemFooter">Posted at 10:15 | <span class="itemCategoryLinksStyle"><a href="/CategoryView.aspx?category=Tin%20ho%E1%BA%A1t%20%C4%91%E1%BB%99ng">Tin hoạt động</a></span> | <a class="commentLinkStyle" href="{{base}}/CommentView,guid,61b8c2f9-4d07-4e5a-b913-0f2a7d8c3e64.aspx#commentstart">Comments [1]</a> | <a class="trackbackLinkStyle" href="{{base}}/Trackback.aspx?guid=61b8c2f9-4d07-4e5a-b913-0f2a7d8c3e64">Trackback</a></p></div></div><div class="dayBoxStyle"><div class="dayHeader"><a href="{{base}}/default,date,2024-10-15.aspx">15 Tháng Mười 2024</a></div><div class="itemBoxStyle"><h2 class="itemTitleStyle"><a class="TitleLinkStyle" rel="bookmark" href="{{base}}/2024/10/15/Huong-dan-HTX-chuyen-doi-theo-Luat-Hop-tac-xa-nam-2023.aspx">Hướng dẫn HTX chuyển đổi theo Luật Hợp tác xã năm 2023</a></h2><div class="itemBodyStyle">
<p>Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 1/7/2024. Liên minh HTX thành phố hướng dẫn các HTX rà soát, sửa đổi điều lệ cho phù hợp.</p>
<h3>Những việc HTX cần làm</h3>
<ul><li>Tổ chức Đại hội thành viên thông qua điều lệ sửa đổi;</li><li>Rà soát, phân loại thành viên chính thức và thành viên liên kết góp vốn;</li><li>Đăng ký thay đổi nội dung đăng ký HTX tại cơ quan đăng ký kinh doanh cấp huyện.</li></ul>
<h3>Thời hạn</h3>
<p>HTX hoàn thành việc sửa đổi điều lệ trong thời hạn 24 tháng kể từ ngày Luật có hiệu lực.</p>
<p>Nguyễn Mạnh Cường</p>
</div><p class="itemFooter">Posted at 08:00 | <span class="itemCategoryLinksStyle"><a href="/CategoryView.aspx?category=Th%C3%B4ng%20b%C3%A1o">Thông báo</a></span> | <a class="commentLinkStyle" href="{{base}}/CommentView,guid,b2c9e047-8f13-4a6d-95e0-6d3f1a7b8c29.aspx#commentstart">Comments [0]</a> | <a class="trackbackLinkStyle" href="{{base}}/Trackback.aspx?guid=b2c9e047-8f13-4a6d-95e0-6d3f1a7b8c29">Trackback</a></p></div></div><div class="dayBoxStyle"><div class="dayHeader"><a href="{{base}}/default,date,2024-10-08.aspx">08 Tháng Mười 2024</a></div><div class="itemBoxStyle"><h2 class="itemTitleStyle"><a class="TitleLinkStyle" rel="bookmark" href="{{base}}/2024/10/08/HTX-Che-Minh-Phu-don-doan-khach-tham-quan-trai-nghiem.aspx">HTX Chè Minh Phú đón đoàn khách tham quan trải nghiệm</a></h2><div class="itemBodyStyle">
<p>HTX Chè Minh Phú (huyện Sóc Sơn) vừa đón đoàn 60 khách tham quan, trải nghiệm quy trình hái, sao chè thủ công.</p>
<p>Mô hình du lịch trải nghiệm giúp HTX tăng thêm thu nhập và quảng bá sản phẩm chè OCOP 4 sao.</p>
<p align="right"><b>Thu Trang</b></p>
</div><p class="itemFooter">Posted at 15:50 | <span class="itemCategoryLinksStyle"><a href="/CategoryView.aspx?category=OCOP">OCOP</a></span> | <a class="commentLinkStyle" href="{{base}}/CommentView,guid,4e7a1c95-2b68-4d0f-a3e1-8c5b9f0d2a77.aspx#commentstart">Comments [0]</a> | <a class="trackbackLinkStyle" href="{{base}}/Trackback.aspx?guid=4e7a1c95-2b68-4d0f-a3e1-8c5b9f0d2a77">Trackback</a></p></div></div>
</div>
</div>
<div id="sidebar">
<div class="sidebarSection"><table class="calendarStyle" cellspacing="0" cellpadding="2"><tr><td colspan="7" class="calendarTitleStyle">Tháng Mười Một 2024</td></tr><tr><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th><th>CN</th></tr><tr><td class="calendarOtherMonthDayStyle">&nbsp;</td><td class="calendarOtherMonthDayStyle">&nbsp;</td><td class="calendarOtherMonthDayStyle">&nbsp;</td><td class="calendarOtherMonthDayStyle">&nbsp;</td><td class="calendarDayStyle"><a href="/default,date,2024-11-01.aspx">1</a></td><td class="calendarDayStyle">2</td><td class="calendarDayStyle">3</td></tr><tr><td class="calendarDayStyle">4</td><td class="calendarDayStyle"><a href="/default,date,2024-11-05.aspx">5</a></td><td class="calendarDayStyle">6</td><td class="calendarDayStyle">7</td><td class="calendarDayStyle">8</td><td class="calendarDayStyle">9</td><td class="calendarDayStyle">10</td></tr><tr><td class="calendarDayStyle">11</td><td class="calendarDayStyle">12</td><td class="calendarDayStyle">13</td><td class="calendarDayStyle">14</td><td class="calendarDayStyle">15</td><td class="calendarDayStyle">16</td><td class="calendarDayStyle">17</td></tr><tr><td class="calendarDayStyle">18</td><td class="calendarDayStyle">19</td><td class="calendarDayStyle">20</td><td class="calendarDayStyle">21</td><td class="calendarDayStyle">22</td><td class="calendarDayStyle">23</td><td class="calendarDayStyle">24</td></tr><tr><td class="calendarDayStyle">25</td><td class="calendarDayStyle">26</td><td class="calendarDayStyle">27</td><td class="calendarDayStyle">28</td><td class="calendarDayStyle">29</td><td class="calendarDayStyle">30</td></tr></table></div>
<div class="sidebarSection"><h3 class="sectionHeader">Tìm kiếm</h3><input name="searchString" type="text" /> <input type="button" value="Tìm" onclick="window.location='SearchView.aspx?q='+escape(this.form.searchString.value)" /></div>
<div class="sidebarSection"><h3 class="sectionHeader">Lưu trữ</h3><ul class="archiveLinksContainerStyle"><li><a href="/default,month,2024-11.aspx">Tháng Mười Một 2024</a></li><li><a href="/default,month,2024-10.aspx">Tháng Mười 2024</a></li><li><a href="/default,month,2024-09.aspx">Tháng Chín 2024</a></li></ul></div>
<div class="sidebarSection"><h3 class="sectionHeader">Chuyên mục</h3><ul class="categoryListStyle"><li><a href="/CategoryView.aspx?category=Tin%20ho%E1%BA%A1t%20%C4%91%E1%BB%99ng">Tin hoạt động</a> <a href="/SyndicationService.asmx/GetRssCategory?categoryName=Tin%20ho%E1%BA%A1t%20%C4%91%E1%BB%99ng"><img src="/images/feed-icon-10x10.png" border="0" alt="RSS" /></a></li><li><a href="/CategoryView.aspx?category=Th%C3%B4ng%20b%C3%A1o">Thông báo</a> <a href="/SyndicationService.asmx/GetRssCategory?categoryName=Th%C3%B4ng%20b%C3%A1o"><img src="/images/feed-icon-10x10.png" border="0" alt="RSS" /></a></li><li><a href="/CategoryView.aspx?category=OCOP">OCOP</a> <a href="/SyndicationService.asmx/GetRssCategory?categoryName=OCOP"><img src="/images/feed-icon-10x10.png" border="0" alt="RSS" /></a></li></ul></div>
<div class="sidebarSection"><h3 class="sectionHeader">Liên kết</h3><ul><li><a href="{{base:offsite}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></li><li><a href="{{base:offsite}}/chinh-phu/">Cổng TTĐT Chính phủ</a></li></ul></div>
<div class="sidebarSection"><p class="counter">Lượt truy cập: 1.284.507</p></div>
</div>
<div id="footer"><p>© Copyright 2024, Liên minh Hợp tác xã thành phố Hà Nội</p>
<p>Số 20 Phan Chu Trinh, quận Hoàn Kiếm, Hà Nội - Điện thoại: 024.3825.4512</p>
<p><a href="{{base:offsite}}/dasblog/"><img src="/images/dasblog-powered.png" alt="Powered by dasBlog" border="0" /></a> Powered by dasBlog</p></div>
</form>
</body>
</html>