<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Liên minh HTX thành phố làm việc với các HTX vận tải
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="Tin tức, hợp tác xã, Đà Nẵng" />
<meta name="description" content="Chiều 7/4, Liên minh HTX thành phố làm việc với đại diện 9 HTX vận tải trên địa bàn thành phố." />
<meta name="author" content="Liên minh Hợp tác xã thành phố Đà Nẵng" />
<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/Tin-tuc/Lien_minh_HTX_thanh_pho_lam_viec_voi_cac_HTX_van_tai.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKnoizp7J9f0qrv3HbUw/sQhgCsKkLnTy/a41+XwTs0GegJit5eCDszTDcrdzSAj/LTwH87a/guBmPRU6zbSv+iI1m3oQ8x4Ed9cPqaZPs/rOjahTAqJGHC/ZIi4JkXtvCiqNBuhys17yUzJPB0cueZET2oFl4Zww/lWZA7K2GcsAQQZ8SZkwWu0G9aAXHIFgZ/yNGIKMT6B/pYV2RuxmEwPhfymHs6U8ccl82q08vBcDmKcujII+CsYMjtG2JS/IvQAw5Wqj0UveshyxXMgOQTfODjQOSgJZ1bBA/bbJAvDel7iNzqI8ir7MsoEWKmPnzynnFuRnEDepRJq7udGngvgsLpzlGWkcqgrvNWyCs42Yscf41VaFBYWmpITpZ4v9tJjW0k7J4iUYpjKxAIUVGqS8ZyzuQpWQvPfzkYTERoe5i2qLbP7cN90MUitkFONLS9gcuLqs0T2TmB/va0HOcJ1o1brjN+8CPNlpSXP0eQMApWPn3d4EYRs7BvdDdI1Wet5bSXI9NbmlApWmRFdm54d8vubr0jyz8SuV3V629rB1YGOAanFEbzgqj+9pY2K7m6j2NbLvMuwlv9jbsHmScL7AC0A3W/AniQ9RIveeXQZAK/NTeTK9ALqhrajTnTofqrbc6dO5crgHNlDQtKTVAt4a9ugL7F5Pl3sV9XHSeeNH//eTiH+FsdZeGQ+KP3FM5+QO417+JkkjdicbiyMgp25vOxEAcuxoZPqdRpo5CLt/FCzcd41gJOWtryCCi+8IH5eL3BGla6CRFqPD2OxSzXXGldrZjCxij/VZnpvfj+PUKOo+TwwvALErhDMye25bHSWC87Ovfx6avCfgnfGXrLfb31YyABXCf8VG6NMHnFNesQAOYy3EZEBF8KuSoi4CezWhA3xlv3V/wuiR/sua5EAdO5YPnZfEK+XIkWqz0gGY79A+yjtCMqVCkhQjaRXdmPjfNw9O0vlDTv9gJM19RsC2h8fVIQGNw9iVMSqfGxQZ8aoI1oAtHHN1CvbFi96cj" />
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
<div class="detail"><h1 class="tieude"><span id="ctl00_cphMain_lblTitle">Liên minh HTX thành phố làm việc với các HTX vận tải</span></h1><div class="ngaydang"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 08/04/2024 12:20:00 SA</span></div><div class="tomtat"><span id="ctl00_cphMain_lblTomTat"><p>Chiều 7/4, Liên minh HTX thành phố làm việc với đại diện 9 HTX vận tải trên địa bàn thành phố.</p></span></div><div id="ctl00_cphMain_ContentBlock1"><p>Các HTX phản ánh khó khăn về chi phí nhiên liệu, thủ tục chuyển đổi phương tiện sử dụng năng lượng xanh.</p><p>Liên minh HTX thành phố sẽ tổng hợp kiến nghị gửi UBND thành phố và phối hợp với Quỹ hỗ trợ phát triển HTX để hỗ trợ vốn vay.</p></div><div class="capnhat">Cập nhật lần cuối: 08/04/2024 8:20:00 SA</div><div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=Liên minh HTX thành phố làm việc với các HTX vận tải">Gửi email</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><div class="box-title">Tin khác</div><div id="ctl00_cphMain_ListSummary2"><ul><li><a href="/ContentDetail.aspx?id=1263">Ảnh: HTX Rau an toàn Túy Loan vào vụ rau hè thu</a> <span class="date">(04/06/2024)</span></li><li><a href="/ContentDetail.aspx?id=1257">Kinh tế tập thể thành phố Đà Nẵng năm 2023 qua các con số</a> <span class="date">(21/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1249">Hướng dẫn HTX triển khai chuyển đổi số trong sản xuất, kinh doanh</a> <span class="date">(07/05/2024)</span></li><li><a href="/ContentDetail.aspx?id=1241">HTX Nông nghiệp Hòa Tiến phát triển vùng trồng ném theo hướng hữu cơ</a> <span class="date">(22/04/2024)</span></li><li><a href="/ContentDetail.aspx?id=1228">HTX Dịch vụ thủy sản Thọ Quang nâng cao hiệu quả khai thác xa bờ</a> <span class="date">(19/03/2024)</span></li></ul></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUKnoizp7J9f0qrv3HbUw/sQhgCsKkLnTy/a41+XwTs0GegJit5eCDszTDc" />
</div></form>
</body>
</html>
