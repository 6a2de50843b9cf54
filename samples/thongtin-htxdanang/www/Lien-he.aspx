<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Liên hệ - Liên minh Hợp tác xã thành phố Đà Nẵng
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/Lien-he.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKrNVfhzMRndnugH1amyqfox+8V5A2xv1qALMIee3Z7DEITHDObn7imFlKwbAm9d9qHSvQ/k6NNu8rmHpauygp7UrtgX7W+nUyDTXbEwFFVoY+VKuEVSJr5ywDGS0YtJsWWIajFRT6llvAH0umxNqhW2NiCpgH8tcrEgwwLJc5IVNaIZfLnVEGq3N9n4bo9SXYcabbqdL0JZUzifH0OeTokQ8cpCPSFdprZFE28paK4Fm+Qxm/VrnvjEfHWinFCA6h7VVrwsLdewGVYXHXpVMc5BR9ON1KFKIK8TvFcASCSmH3GX5qtWhsIL85CxYPuVUCH61dwGxAdLfTMI1JIxHZ37R7nKwVSs24Yy7sh1fmns582jsfo8690a2bE3q19fwmDzpZF0cu+s8c63ZNWr/YvOIbZ5cbzoIa7myjT7rlZBw37q3qHooo2dWMEyZtVPyzegA6lOcbAvUNSyLcKrEp2HE8f2fkIHz4PZVLGUHiv5LRQOZe5VX7HBwcvoIQfFlc5f91xEdN2jA6b0GoJaKuXMhZhlQPs/hrLdbykn7X6Yb49U6G/esnBNxdqFdlY3Zxy9ouTXTUqk2RsmpXqv0tSlsqpW9R93ltgrMxT2OLOH5XNsQvyDK1ShprLlPjC9CntD8DrVzL6gNQEfDtoXWwFsD3Ld1Cye3RjFS0qtm0+Rdeqzrhycfm9O1dVQz80F4A2tHaQmSKJGOROpWCUI8f2WKlcp6qKPnUzBTpXx/u07SfsSnjs88AV1BaVe8W8Bzz/b8/evqtfp8onRl+20wIsjLQpoXjM15W0qQ4GLPaOK+vSJ/Ifq493H+DRmW760adTko6sBZFFlT6Xu9q9/ju/wedEABZ5zVs7xCoEAXQ+w3QUu+EcEiWkXyAfNAbZH3euHxc58TQOmH8fkO6TsuLeNOkw1g9w9jNOoqVJnfSy19II+S+7yKCTjn2kQOapKg2GW6WwjrxnAFO9OUjh7TSAGgd5o2ZvbhazlZYlJPB5YmSks1lPzqknTto0rSd4Cjr" />
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
<div class="breadcrumb"><span id="ctl00_cphMain_FolderBreadcrumb1">Bạn đang ở: <a href="/">Trang chủ</a> &gt; <a href="/Lien-he.aspx">Liên hệ</a></span></div>
<div class="detail"><h1 class="tieude">Liên hệ</h1><p>Địa chỉ: Tầng 6, Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu, TP Đà Nẵng</p><p>Điện thoại: 0236.3822.164 - Fax: 0236.3822.165</p></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUKrNVfhzMRndnugH1amyqfox+8V5A2xv1qALMIee3Z7DEITHDObn7imFlK" />
</div></form>
</body>
</html>
