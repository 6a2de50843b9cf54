<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Tìm kiếm - Liên minh Hợp tác xã thành phố Đà Nẵng
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/Search.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKD36ODG7q/PW3fEzJ5YxmwxDicl/f82WJIbx2h0VJfnPRMMf+u0LiHtAQJxITsPYC4d5qih0ZY/tu5nKIGJUqYxQiapSl6k/PCzrOP/EsRJ4T80SfEcQQpqyiwSvkOre2LgqHTjhaHko5ugA6c76dOM7L1FSf5gF1oKwaapleCpEkD5Yu+gmQfAw16P46mzAan5cldRBVRkQ8Vz5i1dbNEW1M/2tt9gLwgB2numwoNzG2g2sY0XTot3UFwWBvnH+1p9UOqBXwG2/L/OzNiqKRmL0wk2W2pAGga4qy0HWCm1O0DRi6ewPXUlqVh6NHuCutq6KjOD7dNOJz6mZFsezxUj+sQt+OBVhjBvy13RUvAxsJM6Jqn5k9iYFMA41UU8vEo42nwJHx68ABmNqtCnNAeDDIRgjs7cyn/TBU2m3Fa+o6X0u1kKgLzNoPjhC03aPBzumM8yiEiQVHsmZFQC2uVLsVR6IgtT28nBupvEU6jlQDFWpyqXo702U0m8CiNSXQutnj78f1mZHdHbyrho7h0sN0LpSEz5+x/jGTLqkNmgZ7fUMNw4aTT6ucmxlhrUWATjzMa1oXBO3PRPtC2aEbCwssQq69GckTOjVgfWXCCcIPYnkhpIlji3gOXKYCGB5zuV3Qn9xT8F/96m08y1YR577SvgPMVmacn9R0/CCrOREk4/mOT2cWCqUgsFRuKv3cjZ2SFkbIv1grJPcBu3gI+uI72nyTIJTJdCswQSxhZ3zHpbtfPcZNwHuHyQS/q0UEWYcl6vJnV9/daEI0EFtqwqod5QSUfr4Z+m7ei9Kdsl7TTijwF6r8jjOW5IV/XtwI3TzkuEucDCnX3JjLHmpaV2Qydkz9bzQObwgxFpHFvaCiZvWsOlawhzHMQtrp6QLEeKiZWXgv1LpveqdXiaWpCKU++gaHh0MYMPyJHK/dc19H9gDmzGMvgug/91SVZWs+JgckTsd1iQRsw3rfJDnU+zUshMimitg/2DAkf92MCNolOi3s1C4yHc/ZUpnS3t4j" />
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
<div class="breadcrumb"><span id="ctl00_cphMain_FolderBreadcrumb1">Bạn đang ở: <a href="/">Trang chủ</a> &gt; <a href="/Search.aspx">Tìm kiếm</a></span></div>
<div id="ctl00_cphMain_WebSearch1"><input name="ctl00$cphMain$WebSearch1$txtSearch" type="text" /></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUKD36ODG7q/PW3fEzJ5YxmwxDicl/f82WJIbx2h0VJfnPRMMf+u0LiHtAQ" />
</div></form>
</body>
</html>
