<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>Sổ tay Liên minh HTX Hà Nội - 27 Tháng Chín 2024</title>
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
<div class="dayBoxStyle"><div class="dayHeader"><a href="{{base}}/default,date,2024-09-27.aspx">27 Tháng Chín 2024</a></div><div class="itemBoxStyle"><h2 class="itemTitleStyle"><a class="TitleLinkStyle" rel="bookmark" href="{{base}}/2024/09/27/Tap-huan-nghiep-vu-ke-toan-cho-can-bo-HTX-huyen-Ba-Vi.aspx">Tập huấn nghiệp vụ kế toán cho cán bộ HTX huyện Ba Vì</a></h2><div class="itemBodyStyle">
<p>Ngày 27/9, Liên minh HTX thành phố phối hợp với UBND huyện Ba Vì tổ chức lớp tập huấn nghiệp vụ kế toán cho 70 cán bộ HTX.</p>
<p>Học viên được hướng dẫn lập báo cáo tài chính, sử dụng hóa đơn điện tử và phần mềm kế toán miễn phí dành cho HTX.</p>
</div><p class="itemFooter">Posted at 11:30 | <span class="itemCategoryLinksStyle"><a href="/CategoryView.aspx?category=Tin%20ho%E1%BA%A1t%20%C4%91%E1%BB%99ng">Tin hoạt động</a></span> | <a class="commentLinkStyle" href="{{base}}/CommentView,guid,c5d2f8a3-9e41-4b7c-8f06-1a3e7b9d4c58.aspx#commentstart">Comments [0]</a> | <a class="trackbackLinkStyle" href="{{base}}/Trackback.aspx?guid=c5d2f8a3-9e41-4b7c-8f06-1a3e7b9d4c58">Trackback</a></p></div></div>
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