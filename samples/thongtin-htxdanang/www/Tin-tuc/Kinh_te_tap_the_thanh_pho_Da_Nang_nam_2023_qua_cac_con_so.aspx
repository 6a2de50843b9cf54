<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Kinh tế tập thể thành phố Đà Nẵng năm 2023 qua các con số
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="Tin tức, hợp tác xã, Đà Nẵng" />
<meta name="description" content="Năm 2023, khu vực kinh tế tập thể của thành phố tiếp tục phát triển cả về số lượng và chất lượng." />
<meta name="author" content="Liên minh Hợp tác xã thành phố Đà Nẵng" />
<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/Tin-tuc/Kinh_te_tap_the_thanh_pho_Da_Nang_nam_2023_qua_cac_con_so.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK2v0dQSX6FVN265uA9S3o9NUaNjrPh+lUuprEjj8YM1/RwObeK7HZaobXc/TRW+/Lx6qHvDCeXnSNYESPUKz9+mU+sPUr97vaG6Yly/7ayB5E04AM0kv5+kgpvelBg4QIpM9E7Kqc93f2eQ8b3DqQbEbiRhLGT2iyhG4MYufVxcFt63VysLvKEz5d30sziKtzreeEE9eqA9LEsgDkC+/kWufSkC5wApTXLD1xfnmdxx44EMnwb+aLmhLGJSCTdDHwoPVs7PIriogx+7fHmwqlygeYcp76Ehg6kwmfPmvyF6BTNNFCpweoq5PwgKhxmbsYlS5OnFNKVjR60qVuo9+iBfw4cEXYcleZDtJ8VSQW58abBjwP6DOX72AIEAV4RXN3/HBPBUIL+E6rvlpQ1WpE1V2xSqhT/z82Fa0hL/Bqr1uNKU6ZGEJqm6pLF1VArofvX9pdBrsubazwk+C6qMXSfq4nWEUtrQEAw/EJoo2ecZh7Pqy7H3hnoe21tZ+6gRpF/fRDYvn/EXKXlhRQIdtjN+1yglIgf7GfITUqxkTn1hI0IwhCWdFjfxTm6L3o3573KONxbvoyUsPRMsQtbkaSjf3h+BuwQj+m3jWJwDhUbpaCSrVB+2aj7SZnujkFaTQf1oYpkg7r98Cpcx1XoFM98cI5yLel3m3+8RzfdPO3MNVdeSWkaZQQKfhZRxwzcbgSi+bmQwjSHIqDFhiY5HJhacaJrbwqsf2v1sM/++g3mbM35M6nizcw4Mysu82MgoO2FAprMp7XK4nimQgCf1VvIcaw5q547IOYS38RnbJRBwUYOm+ZHkqtwBkRWJpk6ZgJWcbAyl+3L06KXGpdpRKxtA9uMcI9kLf3VHyriCCxQrmdCyTBGccBb3IkHX+V0w/BXLg8KGZLh/QE3A8baAoZ/6AJqKKVSUJJrDpZYaGTlCIP1jQ2IBOfLZ29EUtI9v1ALuY2hTGn3YGLFJPG54S3V9JH3jQ5C0RKtZ9UcOSSE9zx6TVZ008SbwKTb7yCsmjU" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) { theForm = document.aspnetForm; }
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHJZLkzIyx41&amp;t=634245046914809245" type="text/javascript"></script>
<div id="wrapper">
<div id="header"><div class="banner"><img src="/images/banner.png" alt="Liên minh Hợp tác xã thành phố Đà Nẵng" /></div>
<div class="topbar"><span id="ctl00_lblNgay" class="ngay">Thứ Năm, 20/06/2024</span>
<div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txtsearch" /><a id="ctl00_lbtSearch" href="javascript:__doPostBack('ctl00$lbtSearch','')">Tìm kiếm</a></div></div>
<div id="menu"><div id="ctl00_SmartMenu1" class="ekmenu"><ul class="ekmenu_submenu_items"><li class="ekmenu_submenu_item"><a href="/" class="ekmenu_link">Trang chủ</a></li><li class="ekmenu_submenu_item"><a href="/Gioi-thieu.aspx" class="ekmenu_link">Giới thiệu</a></li><li class="ekmenu_submenu_item"><a href="/Tin-tuc.aspx" class="ekmenu_link">Tin tức</a></li><li class="ekmenu_submenu_item"><a href="/Thong-bao.aspx" class="ekmenu_link">Thông báo</a></li><li class="ekmenu_submenu_item"><a href="/Lien-he.aspx" class="ekmenu_link">Liên hệ</a></li></ul></div></div>
</div>
<div id="main"><div id="left">
<div class="breadcrumb"><span id="ctl00_cphMain_FolderBreadcrumb1">Bạn đang ở: <a href="/">Trang chủ</a> &gt; <a href="/Tin-tuc.aspx">Tin tức</a></span></div>
<div class="detail"><h1 class="tieude"><span id="ctl00_cphMain_lblTitle">Kinh tế tập thể thành phố Đà Nẵng năm 2023 qua các con số</span></h1><div class="ngaydang"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 21/05/2024 10:15:00 SA</span></div><div class="tomtat"><span id="ctl00_cphMain_lblTomTat"><p>Năm 2023, khu vực kinh tế tập thể của thành phố tiếp tục phát triển cả về số lượng và chất lượng.</p></span></div><div id="ctl00_cphMain_ContentBlock1"><table border="1" cellspacing="0" cellpadding="3" width="100%"><tbody><tr><td><strong>Chỉ tiêu</strong></td>
<td><strong>Đơn vị</strong></td>
<td><strong>Năm 2023</strong></td>
<td><strong>So với năm 2022 (%)</strong></td></tr><tr><td>HTX đang hoạt động</td>
<td>HTX</td>
<td>214</td>
<td>106,4</td></tr><tr><td>Thành viên HTX</td>
<td>người</td>
<td>18.650</td>
<td>102,1</td></tr><tr><td>Doanh thu bình quân một HTX</td>
<td>triệu đồng</td>
<td>4.120</td>
<td>109,3</td></tr><tr><td>Tổ hợp tác</td>
<td>THT</td>
<td>385</td>
<td>101,6</td></tr></tbody></table><p>Năm 2024, thành phố phấn đấu thành lập mới 20 HTX, trong đó có ít nhất 5 HTX ứng dụng công nghệ cao.</p></div><div class="tacgia"><span id="ctl00_cphMain_lblTacGia">Tác giả: Nguyễn Thị Thu Trang</span></div><div class="capnhat">Cập nhật lần cuối: 24/05/2024 12:15:00 CH</div><div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=Kinh tế tập thể thành phố Đà Nẵng năm 2023 qua các con số">Gửi email</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><div class="box-title">Tin khác</div><div id="ctl00_cphMain_ListSummary2"><ul><li><a href="/ContentDetail.aspx?id=1263">Ảnh: HTX Rau an toàn Túy Loan vào vụ rau hè thu</a> <span class="date">(04/06/2024)</span></li><li><a href="/ContentDetail.aspx?id=1249">Hướng dẫn HTX triển khai chuyển đổi số trong sản xuất, kinh doanh</a> <span class="date">(07/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1241">HTX Nông nghiệp Hòa Tiến phát triển vùng trồng ném theo hướng hữu cơ</a> <span class="date">(22/04/2024)</span></li><li><a href="/ContentDetail.aspx?id=1236">Liên minh HTX thành phố làm việc với các HTX vận tải</a> <span class="date">(08/04/2024)</span></li><li><a href="/ContentDetail.aspx?id=1228">HTX Dịch vụ thủy sản Thọ Quang nâng cao hiệu quả khai thác xa bờ</a> <span class="date">(19/03/2024)</span></li></ul></div></div>
</div>
<div id="right">
<div class="box"><div class="box-title">Thông báo</div><div id="ctl00_ListSummaryTB"><ul><li><a href="/Thong-bao/Thong_bao_so_15TBLMHTX_ve_viec_to_chuc_lop_boi_duong_kien_thuc_quan_ly_HTX_nam_2024.aspx">Thông báo số 15/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024</a></li></ul></div></div>
<div class="box"><div class="box-title">Liên kết website</div><select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option><option value="{{base:offsite}}/lmhtx-vn/">Liên minh Hợp tác xã Việt Nam</option><option value="{{base:offsite}}/chinh-phu/">Cổng thông tin điện tử thành phố Đà Nẵng</option></select></div>
<div class="box"><div class="box-title">Thống kê</div><div class="counter">Lượt truy cập: 284.517</div></div>
</div></div>
<div id="footer"><p>Bản quyền thuộc Liên minh Hợp tác xã thành phố Đà Nẵng</p><p>Địa chỉ: Tầng 6, Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu, TP Đà Nẵng</p><p>Điện thoại: 0236.3822.164 - Fax: 0236.3822.165</p><p>Giấy phép số 18/GP-STTTT do Sở Thông tin và Truyền thông thành phố Đà Nẵng cấp ngày 12/3/2013</p>
<p><a href="#wrapper">Về đầu trang</a> | <a href="/WorkArea/login.aspx">Đăng nhập</a></p></div>
</div>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUK2v0dQSX6FVN265uA9S3o9NUaNjrPh+lUuprEjj8YM1/RwObeK7HZaobX" />
</div></form>
</body>
</html>
