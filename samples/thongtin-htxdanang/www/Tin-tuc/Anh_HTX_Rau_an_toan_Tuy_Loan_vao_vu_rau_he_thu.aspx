<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Ảnh: HTX Rau an toàn Túy Loan vào vụ rau hè thu
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="Tin tức, hợp tác xã, Đà Nẵng" />
<meta name="description" content="Những ngày đầu tháng 6, thành viên HTX Rau an toàn Túy Loan (huyện Hòa Vang) tất bật thu hoạch rau vụ hè thu." />
<meta name="author" content="Liên minh Hợp tác xã thành phố Đà Nẵng" />
<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/Tin-tuc/Anh_HTX_Rau_an_toan_Tuy_Loan_vao_vu_rau_he_thu.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK9RWhJl3YcML6/BhtD/Pk65RCfG98u1iuyN9dFudUNB6vBbQw4dcLVoy2rro8ImScoy/V3OwS0RUojIE9gcowUEbVsV8iJk32owM7UYkWLel1oQaI3LMzSf8C5T05A2dhWSiQUw50YtQmp5VidAB+hJJm4DvdytYHv1bTZ57f8YzOclX8vzLvzpKp81J3ZKVsVGysKkhNrkW5uyNl5DfmVDGhdQ2Wyg80XiINi6IZifKinvp+d6gKKlAQzeVNWXsMmCYbeISbM/qK96V+YZGJ17vRY3fm0BGGBjkgcdHqPJnehe2R0d9LWhbx1F5p7D3ZE8lLA1ioaOBqRbjbVv2Grou6iUok9PmFZdB9kG5Uyapf+n7AotDvpCiB/BnTxVkDBHWBbykz2HACXrfeGMYu5f7ZzhTbUAdI2IkDxNADad54dWsloMrGFqUwNkbjbxUpqozLTTsH3T1Uxiv0qjWdXegQQiikElUhxUSTJjZD/ntfDeoGNMe+gUVDmXRdmaaY+PLAwZzblKCaQRRj9nZMonX9CUOeUovXi5WqCavVfTWxNATZpqWnUijhlS1mT4le8blWXVP1qzxQdN48uJ7vcUfPZprwUZKK/7eqHAto6AgPr8HWhl8EMSCIqBYvvmUqVrJTd3XxW8mstPFxz+rDbMWfDG/R7oErYfIyTUZ+pfUtMG3PJ285o7wp503YVZ2ensisE2G6JtGBU+fPRRPoxVMQ7YUXeHU5/VKcXHx1hSuyOS5DUKDsRIFEK4Gsb8FQGlShJIVUZjmjO3LD7jKbh1Xo6uY03FhvA3KWRdN3Yx+gdq0qoWxNcL/SoV2hhAZw8eK/TkqDH2B1eYAgYAzRQrHP5jNxWS2nvlFLMEiffbNBcORoMQaoztEJCybiAeKo6DiF5T9ntNK+t31Tv+5HOjFT+MGRpzut/ts/+Pfl946Bn9ge3pP+Sooj1PNI0tz5naAKPVUK54t+6bWFqn4p0nw38ZHo3MjHnxYkhgcmWilbkiqvU2mSIIZq0XK1gJJq" />
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
<div class="detail"><h1 class="tieude"><span id="ctl00_cphMain_lblTitle">Ảnh: HTX Rau an toàn Túy Loan vào vụ rau hè thu</span></h1><div class="ngaydang"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 04/06/2024 3:30:00 CH</span></div><div class="tomtat"><span id="ctl00_cphMain_lblTomTat"><p>Những ngày đầu tháng 6, thành viên HTX Rau an toàn Túy Loan (huyện Hòa Vang) tất bật thu hoạch rau vụ hè thu.</p></span></div><div id="ctl00_cphMain_ContentBlock1"><p style="text-align: center"><img alt="Thành viên HTX thu hoạch cải xanh trong nhà lưới" src="/uploadedImages/Tin-tuc/tuy-loan-1.png" width="500" /></p><p style="text-align: center"><em>Thành viên HTX thu hoạch cải xanh trong nhà lưới</em></p><p style="text-align: center"><img alt="Rau được rửa, sơ chế và đóng gói ngay tại nhà sơ chế của HTX" src="/uploadedImages/Tin-tuc/tuy-loan-2.png" width="500" /></p><p style="text-align: center"><em>Rau được rửa, sơ chế và đóng gói ngay tại nhà sơ chế của HTX</em></p><p style="text-align: center"><img alt="Rau an toàn Túy Loan được dán tem truy xuất nguồn gốc trước khi giao cho siêu thị" src="/uploadedImages/Tin-tuc/tuy-loan-3.png" width="500" /></p><p style="text-align: center"><em>Rau an toàn Túy Loan được dán tem truy xuất nguồn gốc trước khi giao cho siêu thị</em></p><p>Mỗi ngày HTX cung ứng khoảng 2 tấn rau các loại cho các siêu thị và bếp ăn trường học trên địa bàn thành phố.</p><p style="text-align: right"><strong>Bài, ảnh: Hồ Xuân Mai</strong></p></div><div class="capnhat">Cập nhật lần cuối: 05/06/2024 4:30:00 CH</div><div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=Ảnh: HTX Rau an toàn Túy Loan vào vụ rau hè thu">Gửi email</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><div class="box-title">Tin khác</div><div id="ctl00_cphMain_ListSummary2"><ul><li><a href="/ContentDetail.aspx?id=1257">Kinh tế tập thể thành phố Đà Nẵng năm 2023 qua các con số</a> <span class="date">(21/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1249">Hướng dẫn HTX triển khai chuyển đổi số trong sản xuất, kinh doanh</a> <span class="date">(07/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1241">HTX Nông nghiệp Hòa Tiến phát triển vùng trồng ném theo hướng hữu cơ</a> <span class="date">(22/04/2024)</span></li><li><a href="/ContentDetail.aspx?id=1236">Liên minh HTX thành phố làm việc với các HTX vận tải</a> <span class="date">(08/04/2024)</span></li><li><a href="/ContentDetail.aspx?id=1228">HTX Dịch vụ thủy sản Thọ Quang nâng cao hiệu quả khai thác xa bờ</a> <span class="date">(19/03/2024)</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUK9RWhJl3YcML6/BhtD/Pk65RCfG98u1iuyN9dFudUNB6vBbQw4dcLVoy2" />
</div></form>
</body>
</html>
