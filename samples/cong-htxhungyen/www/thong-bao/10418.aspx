<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Thông báo số 12/TB-LMHTX về việc tổ chức lớp tập huấn kế toán HTX năm 2024 - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="title" content="Thông báo số 12/TB-LMHTX về việc tổ chức lớp tập huấn kế toán HTX năm 2024" /><meta name="keywords" content="Thông báo, hợp tác xã, Hưng Yên" /><meta name="description" content="LIÊN MINH HTX TỈNH HƯNG YÊN" /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/thong-bao/10418.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKhTJaCB/eIhDH4aOHoxyfi6qA3wHYTnN+qIuXfhwgMHL4vC7gFn+46oneXUd9vq4ACE9vFsirLg2MQUvLWuVo1TFy5KglT6GitIlj9eXcvW+avleEmXQKPqhGZJiSw2g5nfiE3YeR3ndzEsPWlOLLHi1Upe6zRDDzxZkoRwpt1uYIwiiat9aqov2jNH4e8sZMYWDJr0irNMxVO9P3MqIV/ont1iQmEtNMiM/1WXaVKo1h0ZDFGaLQ/PVQdbmbdJaG4+D+QJvP8nZUYU5ZvICHrTLjGujsdwlljyaPyy/ScfXUnLSUP/yZKtMMT79N8Ueqe23iij+M4PC3MSPGB401tambVsT93jyWR4FLZT2GgAnUfDkknCTD+noSEV5k2dTXcTIY/12YQ7JKaAYpl+bnEczr4v/eHK4mIy9cBb827UWZSSmK8ZCJ1ImyeOWbZJdUmeE5ta9hh76pNVfI7MxutawFf4INL9Li1atKg/8Umjw3Jik/vE3QIZALSUZP2XbmM6qw9zFtjR3JxPrdP0F6WNHikr6hzU34p9cn1nO5TxCPuwEYFpslQBD3ixDkEorcXTxxjqm5diW7W2xewEZ7N9SNM8zwmn5UKIHdOJtEGOVm04VvY2wIriHoW6CQUZkq/D9Vquqloi1M6K1zheQ5ujK7BRoqetdX68H4XKj03cZwBSUOqQpLVM8iXvqX30IfYp92KlvqsgUlhU0Z1/zxuINBN7folzx0PFq8CkmIl97+GKCkQLZwAI9P570DnZOCKRk9hD6PIfvfckkgEsVABG5bYyekY9i66R/SW8l857+QZbM9ZjMxXAQrei1gR8k/w+VgH239vcF7w6HuKBje5IsdnB73g3qCeuHgBL5NNZSYGD3ydThdQ31unA7k7vd88mbguRKa3IwR70IoHuzsMc3Twyi4gWtUOMXPehVYbusNkLwRnjhijUVrb4PVI39d/gvxw0S+fQWMAWUzuJ2kes+6HaPf4GqrQipckgQUvsOgjDd9xZAbRb+oF3r4Z8fraKnSiITyrwf9BeNPyJeq5seD5omhGLYqmNYfcfkU6DBXRpC5hvqyTxpyPQrPWxaYrAArmJiXVROZxas7y8++9Xmb4JxjWF9UKEUw4mYzRmeV6Q5MZTKEA6SAl1+33Y0xnqkj5toGZaNWiV1TfHQTDjrPLKkaEN7oUEOTNqJqeFcl+YOi8gkC6ctwktHGNzZ9T8XD5EPgwxXvsPe7daMQUfiYM6cSKrsAPL2Pi2HuqrNthFsU6AClG9ki3SFmCKvp" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {
    theForm = document.aspnetForm;
}
function __doPostBack(eventTarget, eventArgument) {
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }
}
//]]>
</script>
<script src="/WebResource.axd?d=Xk3pTf0aQm2YbUvN8wLs1A2&amp;t=634604425160000000" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=Jd8hQ2rP0cVw5mXz7nK4yB1&amp;t=ffffffffa07ec4e0" type="text/javascript"></script>
<div id="wrapper">
<div id="header"><a href="/"><img src="/App_Themes/HungYen/images/banner.png" alt="Liên minh Hợp tác xã tỉnh Hưng Yên" /></a></div>
<div id="topbar"><span id="ctl00_lblToday" class="today">Thứ Tư, 15/05/2024</span>
<div class="search"><input name="ctl00$txtKeyword" type="text" id="ctl00_txtKeyword" class="txtKeyword" /><input type="submit" name="ctl00$btnSearch" value="Tìm kiếm" id="ctl00_btnSearch" class="btnSearch" /></div></div>
<div id="menu"><div id="ctl00_Menu1"><div class="ekmenu" id="ekmenu_14"><ul class="ekmenu_submenu_items"><li id="ek_menu_item_14_1" class="ekmenu_submenu_item"><a href="/" class="ekmenu_link"><span class="ekmenu_link_text">Trang chủ</span></a></li><li id="ek_menu_item_14_2" class="ekmenu_submenu_item"><a href="/gioi-thieu.aspx" class="ekmenu_link"><span class="ekmenu_link_text">Giới thiệu</span></a></li><li id="ek_menu_item_14_3" class="ekmenu_submenu_item"><a href="/tin-tuc.aspx" class="ekmenu_link"><span class="ekmenu_link_text">Tin tức</span></a></li><li id="ek_menu_item_14_4" class="ekmenu_submenu_item"><a href="/thong-bao.aspx" class="ekmenu_link"><span class="ekmenu_link_text">Thông báo</span></a></li><li id="ek_menu_item_14_5" class="ekmenu_submenu_item"><a href="/lien-he.aspx" class="ekmenu_link"><span class="ekmenu_link_text">Liên hệ</span></a></li></ul></div></div></div>
<div id="content">
<div id="left">
<div class="breadcrumb">Vị trí: <a href="/">Trang chủ</a> &gt; <a href="/thong-bao.aspx">Thông báo</a></div>
<div class="news-detail"><h1 class="news-title"><span id="ctl00_cphMain_lblTitle">Thông báo số 12/TB-LMHTX về việc tổ chức lớp tập huấn kế toán HTX năm 2024</span></h1><div class="news-date"><span id="ctl00_cphMain_lblNgayDang">Ngày đăng: 08/05/2024 8:15:20 SA</span> | <span id="ctl00_cphMain_lblLuotXem">Lượt xem: 187</span></div><div id="ctl00_cphMain_ContentBlock1"><p>LIÊN MINH HTX TỈNH HƯNG YÊN</p><p>Số: 12/TB-LMHTX</p><p>Hưng Yên, ngày 06 tháng 5 năm 2024</p><p>THÔNG BÁO</p><p>Về việc tổ chức lớp tập huấn kế toán HTX năm 2024</p><p>Thực hiện Kế hoạch số 03/KH-LMHTX ngày 10/01/2024, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho các HTX từ ngày 28/5/2024 đến ngày 30/5/2024 tại Hội trường Liên minh HTX tỉnh.</p><p>Mỗi HTX cử 01 kế toán trưởng hoặc kế toán viên tham dự; học viên được cấp tài liệu và hỗ trợ tiền ăn trong thời gian học.</p><p>Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 22/5/2024.</p><p>KT. CHỦ TỊCH</p><p>PHÓ CHỦ TỊCH</p><p>Nguyễn Văn Hiệp</p><p>File đính kèm: <a href="/uploadedFiles/thong-bao/TB12-LMHTX-2024.pdf" target="_blank">Thông báo số 12/TB-LMHTX (PDF)</a></p></div><div class="news-tools"><a href="/Print.aspx?id=10418" target="_blank">In bài</a> | <a id="ctl00_cphMain_lbtGuiBai" href="javascript:__doPostBack('ctl00$cphMain$lbtGuiBai','')">Gửi bài</a> | Chia sẻ: <a href="{{base:offsite}}/facebook/sharer.php" target="_blank">Facebook</a></div></div><div class="tinkhac"><h3>Tin khác</h3><div id="ctl00_cphMain_ListSummaryTinKhac"><ul><li><a href="/Content.aspx?id=10411">Ảnh: HTX Rau an toàn Toàn Thắng thu hoạch rau vụ xuân</a>&#160;<span class="ekDateModified">(5/1/2024 6:40:05 PM)</span></li><li><a href="/Content.aspx?id=10397">Kết quả phát triển kinh tế tập thể tỉnh Hưng Yên năm 2023</a>&#160;<span class="ekDateModified">(4/12/2024 9:45:00 AM)</span></li><li><a href="/Content.aspx?id=10389">Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024</a>&#160;<span class="ekDateModified">(4/8/2024 12:20:41 PM)</span></li><li><a href="/Content.aspx?id=10376">HTX Nông nghiệp Phụng Công mở rộng vùng trồng hoa, cây cảnh</a>&#160;<span class="ekDateModified">(3/27/2024 7:10:00 PM)</span></li><li><a href="/Content.aspx?id=10371">Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch</a>&#160;<span class="ekDateModified">(3/21/2024 8:02:10 AM)</span></li></ul></div></div>
</div>
<div id="right">
<div class="box"><div class="box-title">Thông báo</div><div id="ctl00_ListSummaryThongBao"><ul><li><a href="/thong-bao/10418.aspx">Thông báo số 12/TB-LMHTX về việc tổ chức lớp tập huấn kế toán HTX năm 2024</a></li></ul></div></div>
<div class="box"><div class="box-title">Liên kết website</div><select name="ctl00$ddlLienKet" id="ctl00_ddlLienKet" onchange="if(this.value!='')window.open(this.value);"><option value="">-- Chọn liên kết --</option><option value="{{base:offsite}}/lmhtx-vn/">Liên minh Hợp tác xã Việt Nam</option><option value="{{base:offsite}}/chinh-phu/">Cổng thông tin điện tử tỉnh Hưng Yên</option></select></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><div class="counter"><p>Đang online: 17</p><p>Tổng lượt truy cập: 512.846</p></div></div>
</div>
</div>
<div id="footer"><p>© Bản quyền thuộc Liên minh Hợp tác xã tỉnh Hưng Yên</p><p>Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh Hưng Yên</p><p>Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Hưng Yên cấp ngày 21/02/2014</p><p>Địa chỉ: Số 6 đường Chùa Chuông, phường Hiến Nam, TP Hưng Yên, tỉnh Hưng Yên</p><p>Điện thoại: 0221.3862.514 - Fax: 0221.3862.515 - Email: lmhtx@hungyen.gov.vn</p>
<p><a href="#wrapper">Về đầu trang</a> | <a href="/login.aspx">Đăng nhập</a></p></div>
</div>
<div>
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQK4aOHoxyfi6qA3wHYTnN+qIuXfhwgMHL4vC7gFn+46oneXUd9vq4ACE9vFsir" />
</div></form>
</body>
</html>
