<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>Cổng thông tin điện tử Liên minh HTX tỉnh Gia Lai</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="keywords" content="Liên minh HTX, Gia Lai, hợp tác xã, kinh tế tập thể">
<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss.do?catId=0">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/menu.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<!-- header.jsp -->
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/images/banner.png" width="1000" height="150" alt="Cổng thông tin điện tử Liên minh HTX tỉnh Gia Lai" border="0"></td></tr>
  <tr><td class="topbar"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
    <td class="date" width="220">Thứ Ba, ngày 20/05/2025</td>
    <td class="marquee"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Nhiệt liệt chào mừng kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025) và 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025)</marquee></td>
    <td align="right" width="90"><a href="/login.do" class="login">Đăng nhập</a></td>
  </tr></table></td></tr>
  <tr><td class="topmenu_bg"><a href="/index.jsp" class="topmenu">Trang chủ</a> | <a href="/gioithieu.jsp" class="topmenu">Giới thiệu</a> | <a href="/tintuc.do?method=list&amp;catId=5" class="topmenu">Tin hoạt động</a> | <a href="/tintuc.do?method=list&amp;catId=7" class="topmenu">Thông báo</a> | <a href="/tintuc.do?method=list&amp;catId=9" class="topmenu">Kinh tế tập thể</a></td></tr>
</table>
<!-- end header.jsp -->
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td width="200" valign="top" class="left">
      <!-- left.jsp -->
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="box_title">DANH MỤC</td></tr>
        <tr><td class="menu_item"><img src="/images/bullet.gif" width="7" height="7" alt="" /> <a href="/index.jsp">Trang chủ</a></td></tr><tr><td class="menu_item"><img src="/images/bullet.gif" width="7" height="7" alt="" /> <a href="/gioithieu.jsp">Giới thiệu</a></td></tr><tr><td class="menu_item"><img src="/images/bullet.gif" width="7" height="7" alt="" /> <a href="/tintuc.do?method=list&amp;catId=5">Tin hoạt động</a></td></tr><tr><td class="menu_item"><img src="/images/bullet.gif" width="7" height="7" alt="" /> <a href="/tintuc.do?method=list&amp;catId=7">Thông báo</a></td></tr><tr><td class="menu_item"><img src="/images/bullet.gif" width="7" height="7" alt="" /> <a href="/tintuc.do?method=list&amp;catId=9">Kinh tế tập thể</a></td></tr><tr><td class="menu_item"><img src="/images/bullet.gif" width="7" height="7" alt="" /> <a href="/lienhe.jsp">Liên hệ</a></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="box_title">TÌM KIẾM</td></tr>
        <tr><td><form name="timkiemForm" method="get" action="/timkiem.do"><input type="hidden" name="method" value="search"><input type="text" name="keyword" size="18"> <input type="submit" value="Tìm"></form>
        <a href="/timkiem.do?method=form">Tìm kiếm nâng cao</a></td></tr>
      </table>
    </td>
    <td width="590" valign="top" class="center">
<table width="100%" class="detail"><tr><td class="box_title">RSS</td></tr><tr><td><ul><li><a href="/rss.do?catId=0">Tin mới</a></li><li><a href="/rss.do?catId=5">Tin hoạt động</a></li><li><a href="/rss.do?catId=7">Thông báo</a></li><li><a href="/rss.do?catId=9">Kinh tế tập thể</a></li></ul></td></tr></table>
    </td>
    <td width="210" valign="top" class="right">
      <!-- right.jsp -->
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="box_title">LIÊN KẾT WEBSITE</td></tr>
        <tr><td><select name="weblink" onchange="if(this.value!='')window.open(this.value)"><option value="">-- Chọn liên kết --</option><option value="{{base:offsite}}/chinh-phu/">Cổng thông tin điện tử Chính phủ</option><option value="{{base:offsite}}/lmhtx-vn/">Liên minh Hợp tác xã Việt Nam</option><option value="{{base:offsite}}/tin-tuc/bai-viet-1.html">Báo Kinh tế hợp tác</option></select></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td class="box_title">Thống kê truy cập</td></tr>
        <tr><td class="counter">Lượt truy cập: 1.284.536<br>Đang trực tuyến: 27</td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td><a href="/rss.jsp"><img src="/images/rss.png" width="80" height="15" alt="RSS" border="0"></a></td></tr>
      </table>
    </td>
  </tr>
</table>
<!-- footer.jsp -->
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="footer">
  <tr><td align="center">
    <b>CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HTX TỈNH GIA LAI</b><br>
    Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Gia Lai<br>Chịu trách nhiệm chính: Chủ tịch Liên minh HTX tỉnh Gia Lai<br>Địa chỉ: 17 Trần Hưng Đạo, phường Tây Sơn, TP Pleiku, tỉnh Gia Lai<br>Điện thoại: 0269.3824.517 - Fax: 0269.3824.518 - Email: lmhtx@gialai.gov.vn<br>Giấy phép số 15/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Gia Lai cấp ngày 12/8/2016<br>
    <i>Ghi rõ nguồn "Cổng TTĐT Liên minh HTX tỉnh Gia Lai" khi phát hành lại thông tin từ website này.</i><br>
    <span class="vendor">Thiết kế và phát triển bởi Công ty TNHH Giải pháp Phần mềm Phố Núi</span>
  </td></tr>
</table>
</body>
</html>
