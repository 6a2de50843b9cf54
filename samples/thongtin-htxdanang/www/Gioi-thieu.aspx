<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Giới thiệu - Liên minh Hợp tác xã thành phố Đà Nẵng
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/Gioi-thieu.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKwhUjEx3mTMd6VsNBwB6FwsGHhHAfHCstsPH22xL8cIuqx0SeJNT5fEG+7hdtAc2upIIJW5lrqbi7/SD9mg/LPcT+Q0YSrtDkInlJJAZrtt8aaVWyedYtkJ71U5sk5+m6YGWWEf70Rm9bLG4SZKahz/zJD0MX7xuNnTRa4wgrxsW6lzj3Pikzq7ZnBnyXXpGyFdq70gskU6q78Pz9yzuG8ITJmmboyH3SZEXb/DBJXze7JWeg2QhufaxlL/P2OI49EHAnLDjDYKq+iTA4ttGu4TyQijQN1YQphsD7b+QGMFV4eiP6dwTYSy0oPQZCfb5Uc2eRnYI9Vakr1EDATeMlXltXZkNKmvXoHNYew/Q1XADmn/fXMWxt1l51Pf+jrDzAqJoijimLwxPFfkyDsTPO98W27IpYPVY+j/noib482UMkNW+t+2v0J5wIavFA4ZLPXFK2di/Xaj7ghGUSuStZM+SKliigdgfJz/fbbrMF7jF+B5LB/JzwBlnoLW9LK6ygx0BcVUbN3BRGBPArR1EJOXjpKIMs8NhWo0GAHa7J6T8AX9cfBFJarsph5Vra6TqBmUbCtkhQ6LGjDAg4qA0dwCpuj3texH+ZYtPIe6p8cm8QM7uqJ1iJ4VkWFpjRRwZ9WTrO4qLw4O1UxDH3f1Ad2PjchtVUUDaf5yyld0qaHEgRswaaQaYvsGQmsZvqAD5wu9aQvdEVF6xvRaIysdkRJuAjp4vLuYlgtGQkNhbAWCL4wNKUGh5iMzXa1EFbTspJ7MG7bKBIfWMei7gU46xkJOlsXaVbfRYjM/Z00ESmdMKBHjB+utGiAjWADFx0es+vlVFFTRaN+axrbYfUWBH3fUAE+5ehBTM5eGVYB5N+iC7rDHZuKGu1tYuvePmKcDUte8Mk8qaI2dVruldrV5n+ftSAQ/xhkeGk32nrPHDrtxHLGVQErKMT1aPdJ/MbW9op12qKV7L1ZwRO24A9Zel3/ktSGk6qFfW+sOl7Mb/1AffpqE+lOCOxCyCI6tmO2IP2" />
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
<div class="breadcrumb"><span id="ctl00_cphMain_FolderBreadcrumb1">Bạn đang ở: <a href="/">Trang chủ</a> &gt; <a href="/Gioi-thieu.aspx">Giới thiệu</a></span></div>
<div class="detail"><h1 class="tieude">Giới thiệu</h1><p>Liên minh Hợp tác xã thành phố Đà Nẵng là tổ chức kinh tế - xã hội, đại diện và bảo vệ quyền, lợi ích hợp pháp của các HTX, tổ hợp tác trên địa bàn thành phố.</p></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUKwhUjEx3mTMd6VsNBwB6FwsGHhHAfHCstsPH22xL8cIuqx0SeJNT5fEG+" />
</div></form>
</body>
</html>
