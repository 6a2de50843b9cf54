<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>HTX thanh long Hàm Minh xuất khẩu chính ngạch sang Hàn Quốc - Liên minh HTX tỉnh Bình Thuận</title>
<meta name="author" content="Liên minh Hợp tác xã tỉnh Bình Thuận" />
<meta name="copyright" content="Liên minh Hợp tác xã tỉnh Bình Thuận" />
<meta name="keywords" content="Liên minh Hợp tác xã, HTX, kinh tế tập thể, Bình Thuận" />
<meta name="description" content="HTX nông nghiệp Hàm Minh (huyện Hàm Thuận Nam) vừa xuất khẩu chính ngạch 20 tấn thanh long ruột đỏ sang Hàn Quốc, mở ra hướng tiêu thụ ổn định cho các thành viên." />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="Liên minh Hợp tác xã tỉnh Bình Thuận" />
<meta property="og:title" content="HTX thanh long Hàm Minh xuất khẩu chính ngạch sang Hàn Quốc" />
<meta property="og:description" content="HTX nông nghiệp Hàm Minh (huyện Hàm Thuận Nam) vừa xuất khẩu chính ngạch 20 tấn thanh long ruột đỏ sang Hàn Quốc, mở ra hướng tiêu thụ ổn định cho các thành viên." />
<link href="/Portals/_default/Skins/LMHTX/skin.css" rel="stylesheet" type="text/css" />
<script src="/js/jquery-1.7.2.min.js" type="text/javascript"></script>
</head>
<body>
<form method="post" action="./htx-thanh-long-ham-minh-xuat-khau-chinh-ngach-sang-han-quoc.aspx" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTU4NzY5NjA2Mw9kFgJmD2QWAgIDRL1xcyy5ggYGV+4nysTSVlQ9yHhMG7q3Ry09BEy6lbgBg04LNanEuYaHBBm+DWCsOndEnKKIkFsIzEVO7CUxVijG03E+7u3YmJ3oCxEiwXBgxKINvqVWV/NrACepdKWi" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<table id="ctl00_tblMain" class="tblMain" cellpadding="0" cellspacing="0" align="center" width="1004">
<tr><td id="ctl00_tdTop" colspan="3">
<div class="topbar"><span id="ctl00_lblNgayThang">Thứ Hai, ngày 23 tháng 11 năm 2026</span>
<span class="fs">Cỡ chữ: <a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A</a> <a href="javascript:void(0)">A+</a></span>
<span class="sb"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" /> <input type="submit" name="ctl00$btnSearch" value="Tìm kiếm" id="ctl00_btnSearch" /></span></div>
<div class="banner"><a href="/"><img src="/Portals/0/Banner/banner-lmhtx-bt.png" alt="Liên minh Hợp tác xã tỉnh Bình Thuận" width="1004" height="160" /></a></div>
<div class="slogan"><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh Bình Thuận lần thứ XV, nhiệm kỳ 2025 - 2030! &nbsp;***&nbsp; Bình Thuận - Đoàn kết, năng động, sáng tạo, phát triển bền vững</marquee></div>
</td></tr>
<tr><td id="ctl00_tdMenu" colspan="3"><a href="/">TRANG CHỦ</a> | <a href="/1338/33450/66971/tin-hoat-dong.aspx">TIN HOẠT ĐỘNG</a> | <a href="/1338/33450/66973/kinh-te-tap-the.aspx">KINH TẾ TẬP THỂ</a> | <a href="/1338/33450/66980/lien-he.aspx">LIÊN HỆ</a></td></tr>
<tr>
<td class="tdLeft" valign="top" width="210">
<div class="bl"><div class="bl-t">CHUYÊN MỤC</div><div class="bl-c"><ul class="dm"><li><a href="/">Trang chủ</a></li><li><a href="/1338/33450/66971/tin-hoat-dong.aspx">Tin hoạt động</a></li><li><a href="/1338/33450/66973/kinh-te-tap-the.aspx">Kinh tế tập thể</a></li><li><a href="/1338/33450/66980/lien-he.aspx">Liên hệ</a></li></ul></div></div>
<div class="bl"><div class="bl-t">Tin xem nhiều</div><div class="bl-c"><ul><li><a href="/1338/33450/66973/604950/kinh-te-tap-the/htx-thanh-long-ham-minh-xuat-khau-chinh-ngach-sang-han-quoc.aspx">HTX thanh long Hàm Minh xuất khẩu chính ngạch sang Hàn Quốc</a></li><li><a href="/1338/33450/66971/604887/tin-hoat-dong/ban-hanh-ke-hoach-huong-ung-thang-hanh-dong-vi-htx-nam-2024.aspx">Liên minh HTX tỉnh ban hành Kế hoạch hưởng ứng Tháng hành động vì HTX năm 2024</a></li><li><a href="/1338/33450/66973/604120/kinh-te-tap-the/nuoc-mam-cua-htx-o-phan-thiet-dat-ocop-4-sao.aspx">Nước mắm của HTX ở Phan Thiết đạt OCOP 4 sao</a></li><li><a href="/1338/33450/66971/604518/tin-hoat-dong/lien-minh-htx-tinh-binh-thuan-tong-ket-cong-tac-nam-2023.aspx">Liên minh HTX tỉnh Bình Thuận tổng kết công tác năm 2023</a></li></ul></div></div>
<div class="counter"><b>Thống kê truy cập</b><ul><li>Đang truy cập : 12</li><li>Hôm nay : 57</li><li>Hôm qua : 204</li><li>Tổng số : 876532</li></ul></div>
</td>
<td class="tdCenter" valign="top">
<div class="bc"><a href="/">Trang chủ</a> &gt; <a href="/1338/33450/66973/kinh-te-tap-the.aspx">Kinh tế tập thể</a></div>
<div id="ctl00_ContentPlaceHolder1_ctl00_pnlChiTiet" class="pnl-ct">
<span id="ctl00_ContentPlaceHolder1_ctl00_lblTieuDe" class="TieuDe">HTX thanh long Hàm Minh xuất khẩu chính ngạch sang Hàn Quốc</span>
<div class="ng"><span id="ctl00_ContentPlaceHolder1_ctl00_lblNgayDang">22/05/2024 16:10</span>&nbsp;|&nbsp;Lượt xem: <span id="ctl00_ContentPlaceHolder1_ctl00_lblLuotXem">1587</span></div>
<div id="ctl00_ContentPlaceHolder1_ctl00_divTomTat" class="tt"><b>HTX nông nghiệp Hàm Minh (huyện Hàm Thuận Nam) vừa xuất khẩu chính ngạch 20 tấn thanh long ruột đỏ sang Hàn Quốc, mở ra hướng tiêu thụ ổn định cho các thành viên.</b></div>
<div id="ctl00_ContentPlaceHolder1_ctl00_divNoiDung" class="nd">
<p class="MsoNormal" style="text-align:justify;text-indent:36pt"><span style="font-size:13pt;line-height:115%;font-family:'Times New Roman',serif">HTX hiện có 68 thành viên với 95 ha thanh long, trong đó 40 ha được cấp mã số vùng trồng và 25 ha đạt chứng nhận GlobalGAP. Toàn bộ quy trình từ chăm sóc, thu hái đến sơ chế, đóng gói đều được ghi chép nhật ký, bảo đảm truy xuất nguồn gốc.</span></p>
<p class="MsoNormal" align="center" style="text-align:center"><img src="/Portals/0/Images/2024/thanh-long-ham-minh-xuat-khau.png" width="550" border="0" alt="" /></p>
<p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:12pt;line-height:115%;font-family:'Times New Roman',serif">Đóng gói thanh long xuất khẩu tại nhà sơ chế của HTX nông nghiệp Hàm Minh</span></i></p>
<table align="right" width="38%" cellpadding="6" style="border:1px solid #c9c9c9;margin:4px 0 8px 12px;background:#f3f7fb"><tbody><tr><td><b>Xem thêm:</b><ul><li><a href="/1338/33450/66971/605231/tin-hoat-dong/lien-minh-htx-tinh-so-ket-hoat-dong-6-thang-dau-nam-2024.aspx">Liên minh HTX tỉnh sơ kết hoạt động 6 tháng đầu năm 2024</a></li><li><a href="/1338/33450/66971/604887/tin-hoat-dong/ban-hanh-ke-hoach-huong-ung-thang-hanh-dong-vi-htx-nam-2024.aspx">Liên minh HTX tỉnh ban hành Kế hoạch hưởng ứng Tháng hành động vì HTX năm 2024</a></li></ul></td></tr></tbody></table>
<p class="MsoNormal" style="text-align:justify;text-indent:36pt"><span style="font-size:13pt;line-height:115%;font-family:'Times New Roman',serif">Giá thanh long xuất khẩu cao hơn 25 - 30% so với bán cho thương lái. Ông Trần Văn Thành, Giám đốc HTX cho biết, năm 2024 HTX phấn đấu xuất khẩu 300 tấn, đồng thời liên kết với 2 doanh nghiệp chế biến rượu vang, sấy dẻo thanh long để tiêu thụ quả loại 2.</span></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal" align="right" style="text-align:right"><b><span style="font-size:13pt;line-height:115%;font-family:'Times New Roman',serif">Ngọc Lan</span></b></p>
</div>
<div class="tool"><a href="javascript:window.print()"><img src="/images/print.png" alt="" border="0" /> In bài</a> | <a href="javascript:void(0)">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>
</div>
<div id="ctl00_ContentPlaceHolder1_ctl00_pnlTinKhac" class="tk"><div class="tk-t">Tin cùng chuyên mục</div><ul><li><a href="/1338/33450/66973/604120/kinh-te-tap-the/nuoc-mam-cua-htx-o-phan-thiet-dat-ocop-4-sao.aspx">Nước mắm của HTX ở Phan Thiết đạt OCOP 4 sao</a> <span class="gray">(26/02/2024)</span></li></ul></div>
</td>
<td class="tdRight" valign="top" width="230"><div id="ctl00_pnlRight">
<div class="bl"><div class="bl-t">KHẢO SÁT</div><div class="bl-c"><p>Theo bạn thực hiện Chương trình OCOP nên phát triển theo hướng nào ?</p><table id="ctl00_ucKhaoSat_rblDapAn"><tr><td><input id="ctl00_ucKhaoSat_rblDapAn_0" type="radio" name="ctl00$ucKhaoSat$rblDapAn" value="1" /><label for="ctl00_ucKhaoSat_rblDapAn_0">Gắn sản phẩm với phát triển du lịch cộng đồng</label></td></tr><tr><td><input id="ctl00_ucKhaoSat_rblDapAn_1" type="radio" name="ctl00$ucKhaoSat$rblDapAn" value="2" /><label for="ctl00_ucKhaoSat_rblDapAn_1">Nâng cao chất lượng, bao bì, mẫu mã sản phẩm</label></td></tr><tr><td><input id="ctl00_ucKhaoSat_rblDapAn_2" type="radio" name="ctl00$ucKhaoSat$rblDapAn" value="3" /><label for="ctl00_ucKhaoSat_rblDapAn_2">Đẩy mạnh bán hàng trên sàn thương mại điện tử</label></td></tr><tr><td><input id="ctl00_ucKhaoSat_rblDapAn_3" type="radio" name="ctl00$ucKhaoSat$rblDapAn" value="4" /><label for="ctl00_ucKhaoSat_rblDapAn_3">Ý kiến khác</label></td></tr></table><a id="ctl00_ucKhaoSat_lbtBieuQuyet" href="javascript:__doPostBack('ctl00$ucKhaoSat$lbtBieuQuyet','')">Biểu quyết</a> | <a id="ctl00_ucKhaoSat_lbtKetQua" href="javascript:__doPostBack('ctl00$ucKhaoSat$lbtKetQua','')">Xem kết quả</a></div></div>
<div class="bl"><div class="bl-t">THỜI TIẾT</div><div class="bl-c"><b>Phan Thiết</b> <img src="/images/weather/nang.png" alt="" /> <span>33°C</span><br />
Nắng, gió nhẹ<br />
Độ ẩm: 72%</div></div>
<div class="bl"><div class="bl-t">LIÊN KẾT WEBSITE</div><div class="bl-c"><a href="{{base:offsite}}/chinh-phu/" target="_blank"><img src="/Portals/0/Banner/lk-chinhphu.png" alt="Cổng TTĐT Chính phủ" /></a><br />
<a href="{{base:offsite}}/lmhtx-vn/" target="_blank"><img src="/Portals/0/Banner/lk-vca.png" alt="Liên minh HTX Việt Nam" /></a><br />
<a href="{{base:offsite}}/bo-khdt/" target="_blank"><img src="/Portals/0/Banner/lk-bokhdt.png" alt="Bộ Kế hoạch và Đầu tư" /></a></div></div>
<div class="hotline">Đường dây nóng: 0252.3822.572</div>
</div></td>
</tr>
<tr><td id="ctl00_tdFooter" colspan="3">
<p><b>TRANG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH BÌNH THUẬN</b></p>
<p>Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Bình Thuận</p>
<p>Chịu trách nhiệm chính: Ông Nguyễn Văn Dũng - Chủ tịch Liên minh Hợp tác xã tỉnh Bình Thuận</p>
<p>Giấy phép số 05/GP-STTTT ngày 21/02/2019 của Sở Thông tin và Truyền thông tỉnh Bình Thuận</p>
<p>Địa chỉ: 04 Nguyễn Tất Thành, phường Phú Thủy, TP Phan Thiết, tỉnh Bình Thuận - Điện thoại: 0252.3822.571 - Email: lmhtx@binhthuan.gov.vn</p>
<p>Ghi rõ nguồn Liên minh HTX tỉnh Bình Thuận khi trích dẫn lại thông tin từ Trang này</p>
<p>Copyright © 2019 Liên minh Hợp tác xã tỉnh Bình Thuận. Phát triển bởi VNPT Bình Thuận</p>
</td></tr>
</table>
<div class="aspNetHidden"><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUKLTU4NzY5NjA2Mw9kFgJmD2QWAgIDVvu6CINTjE/rn0Uiz2zrKx5l7Mvj/p1/I8ihRaEqDiJnCm8lw8UGeA==" /></div>
</form>
</body>
</html>
