<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Thông báo - Liên minh Hợp tác xã thành phố Đà Nẵng
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/Thong-bao.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKVkOT9SPytRtp1qHjCwtkv7XIAjaaQgWZeyLxkQNQqp7rBpR9jxIUkJhCX1GvezsEmQ0jpddABDn2q8xizGjRtg3R/WRI3Oi8NJ1zzqW+t5n/NIZt1l8UlbxZRTF9cXaRR7PPAZWPx0g7Tot/OZQsmsv/uIeMQ0J0yI9KFA/v2QWTurinYZ+c7EJnmWSPwIpurCY0mpDJV0hz+jNNXbxqdQcmVAgYGTplwwHO01KkBzntE9dl17imd5g5+CYuk/nUa0lQ5jUBJLzBSRwN/aAds6pr++KeOLipOk1fGtdyzHLcHQjBOKEcXWwJlxwWS2aEDWqNhImxAkVJv0/LCGH0Ef+4108vUuf9tp22ihdnm4lGDG/urXoVic3yGMNu0Nq0D8kk0N1NVHYVbcmt/w2anby0pM0VUfAXqnxSjbd+1ktx85MI+sEreK6v9VpvjFV/+4S/Fjg3FmP9ALy2sP4egRwUypA7d1GKiKgWkl2yyutMNFaDYMExBOOZzmHp7dc4R4qXsXhNcA7APm3xDVPhVdq2U4fshaBQo3HbUh+WdC/JFxJbKd/Er4wgxI5TtWh9hBu3e7+8WUDj4SZwdTmCX02IUfvN5nVbkiKlMSBSyWgNXsz4PKgv9kNv7UYlunS3A52dRPQWrK/Oc2iQKCuqzgR2z5OAUAJNZYBAx0URTbuFE546TXy5rz6E1g9NvTx6KD4b8Pj2jLCz0TeUTDSb5UDQL/ljpk9SB+IEYTsXO8mfyrokq0U9B8CyGI2i4pBrwWaVLy1nJZ3G2sThX9leDDbZCDFEkSY3m7TZQPpIzVi4BSDMy9eflwRUMuiRTm2PVDECnZNWU6NeLHPb8+7GPUK2lxBeiZygPXmWwsQBek2IAqecCw1+H7q1ekC2w2JRgbsyT0gFus534BHdXddWWPh8YnniBKgy345kYESHsMg/S8eLbvIDcmj4u5/AS6sp6aLUzydOQZzebEx0F5VjRPnog3cYW7kvp0iMKCPo/LpjDxv1hD8QGo6H0rv/L5Tm" />
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
<div class="breadcrumb"><span id="ctl00_cphMain_FolderBreadcrumb1">Bạn đang ở: <a href="/">Trang chủ</a> &gt; <a href="/Thong-bao.aspx">Thông báo</a></span></div>
<div class="listing"><h2 class="folder-title">Thông báo</h2><div id="ctl00_cphMain_ListSummary1"><table border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td class="ekListSummary"><a href="/Thong-bao/Thong_bao_so_15TBLMHTX_ve_viec_to_chuc_lop_boi_duong_kien_thuc_quan_ly_HTX_nam_2024.aspx">Thông báo số 15/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024</a>&#160;<span class="date">(10/06/2024)</span><br /><span class="teaser">Liên minh HTX thành phố thông báo tổ chức lớp bồi dưỡng kiến thức quản lý cho cán bộ HTX, tổ hợp tác năm 2024.</span></td></tr></table></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUKVkOT9SPytRtp1qHjCwtkv7XIAjaaQgWZeyLxkQNQqp7rBpR9jxIUkJhC" />
</div></form>
</body>
</html>
