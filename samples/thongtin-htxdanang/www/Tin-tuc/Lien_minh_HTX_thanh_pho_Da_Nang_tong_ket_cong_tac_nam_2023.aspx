<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Liên minh HTX thành phố Đà Nẵng tổng kết công tác năm 2023
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="Tin tức, hợp tác xã, Đà Nẵng" />
<meta name="description" content="Ngày 10/1, Liên minh HTX thành phố Đà Nẵng tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024." />
<meta name="author" content="Liên minh Hợp tác xã thành phố Đà Nẵng" />
<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/Tin-tuc/Lien_minh_HTX_thanh_pho_Da_Nang_tong_ket_cong_tac_nam_2023.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKW0nDWWSYhnbZdXYegXb4XiKhEfTP103hfYKTGRsAdSs+DmNDLnud06NvVXr4+/WO5LH/WqUb5zSN7Oswq7IV4XTKi8RymeF2N50LDe8u6Pvsmr38L4M+069DAatJtnfOHog/ct8cP47OsLCm+g1kklOO66VO8TmjjmnXnJAqXiPqI5nxKHdhccGQz0DYsFpaxGfa6+wNjRg2GcF0cBUHe/S5TBw5/5C2QMcMo5qi8/wm1lDHoLg/+csmB5+u+GdtO3aa1Ro7Ef2hccGvcsVvTywzrfdW8JA6fALmWPiPqp4ytCfgoHlofwFMeXKwBwgSQvbPWB+KrPvYrc+O5uYn5MjuwSbLNaOsczBCkO0i4wAJWncCNUYcHIXWWZKcz+6gEqtgC6IYTME+kydVz8rQhHRn0mm9KbGnU9FEoAx8mdL4wtgG6NbkdD0Hk1DP5j4Z2KzJU0ip0H3QP3/bC/fCLZSfz1ZgiYgI5rd1prH27L7F4DPpuwmULKd06fnP/t+vjnojvW5E2sg6V18GIcBMCCQnv+F1BHq5L6+dJSP9UWzh16r214CdvjEo8sOorcTgLb4+5EUGzClugq6WTAyg5nBmduH6wKEPPygn06BBEZc7qn558pDzNhadBtQgYHHn8MyJv/JW9p+wetgyQhlxQkt47C6c40f5v81JhlQHNwQEXnCSkOurIOsulDrxCM0hMYDrDv9vB/QnWjEBLmioYDZKZv5aC9qim4r1uFemgOBtFGZb/X9r2uCdGxoCgMfJpMgUJm14ASbYF8dmvwWDQAzQyWwBkgadmtiq5lyslnwhbHbN9pTtdcHKCHKH9heEPAhOCSvXPgy5xON9mRG/CtHhcVCEjo+mRz7v+IhSNk3DYNNOqasyEG1tdYek4PkmddtNqHwJjp458u2FoYHh3alWAMHdr1DFEddWE7TaLMALAsPK7YB1OQSXFYLfjnreU01PgfKpnpNftg7QTluqhDSXAdes564N2CagaM2Dgat5e/QD0SrKg/lQD8K8Utkv" />
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
<div class="detail"><h1 class="tieude"><span id="ctl00_cphMain_lblTitle">Liên minh HTX thành phố Đà Nẵng tổng kết công tác năm 2023</span></h1><div class="ngaydang"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 11/01/2024 3:45:00 CH</span></div><div class="tomtat"><span id="ctl00_cphMain_lblTomTat"><p>Ngày 10/1, Liên minh HTX thành phố Đà Nẵng tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.</p></span></div><div id="ctl00_cphMain_ContentBlock1"><p style="text-align: center"><img alt="Quang cảnh hội nghị tổng kết" src="/uploadedImages/Tin-tuc/tong-ket-2023.png" width="500" /></p><p style="text-align: center"><em>Quang cảnh hội nghị tổng kết</em></p><p>Năm 2023, Liên minh HTX thành phố hỗ trợ thành lập mới 17 HTX, tổ chức 9 lớp tập huấn cho 640 lượt cán bộ HTX.</p><p style="text-align: right"><strong>Tin, ảnh: Đoàn Minh Tuấn</strong></p></div><div class="capnhat">Cập nhật lần cuối: 11/01/2024 4:45:00 CH</div><div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=Liên minh HTX thành phố Đà Nẵng tổng kết công tác năm 2023">Gửi email</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><div class="box-title">Tin khác</div><div id="ctl00_cphMain_ListSummary2"><ul><li><a href="/ContentDetail.aspx?id=1263">Ảnh: HTX Rau an toàn Túy Loan vào vụ rau hè thu</a> <span class="date">(04/06/2024)</span></li><li><a href="/ContentDetail.aspx?id=1257">Kinh tế tập thể thành phố Đà Nẵng năm 2023 qua các con số</a> <span class="date">(21/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1249">Hướng dẫn HTX triển khai chuyển đổi số trong sản xuất, kinh doanh</a> <span class="date">(07/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1241">HTX Nông nghiệp Hòa Tiến phát triển vùng trồng ném theo hướng hữu cơ</a> <span class="date">(22/04/2024)</span></li><li><a href="/ContentDetail.aspx?id=1236">Liên minh HTX thành phố làm việc với các HTX vận tải</a> <span class="date">(08/04/2024)</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUKW0nDWWSYhnbZdXYegXb4XiKhEfTP103hfYKTGRsAdSs+DmNDLnud06Nv" />
</div></form>
</body>
</html>
