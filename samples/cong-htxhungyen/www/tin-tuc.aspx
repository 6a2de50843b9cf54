<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Tin tức - Liên minh HTX tỉnh Hưng Yên
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/App_Themes/HungYen/style.css" type="text/css" rel="stylesheet" /><link href="/WorkArea/csslib/ektronMenu.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/tin-tuc.aspx" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKnNV3o1WiR6Aa59NJyaBWd6SjAGdN8jPKQzpj77WYMDU26idDN1uLHBkVsZzkTkpM5xk2rQMOqOuaT+0DQIW+4eyg/jrpWSe2B66yTnOdJ4LcgR5acjUatTY8ppR1uXqFsNOS1tQnS9BYPYFUcEU/UwMxcZTtERyKj5gZGSO9/7gXTEenTtG2BUhUfolKGAvlMGz+roZRiMUomSjNHGiZUxtRtMseiB+33RO3weXDa17iekDWlQx35CYYTGaxRBr7QXYAFcW4rrIE0qfWH37jQD3rAeFhk8VstunbwrnqHz90hvfp3TlFAGzbabjxdDhnHnb/tLcTJd8Orkt1XabdH0/uYnS6SwLVmIeXNpeRXkNgZAGMYltXzX75bSNRXzH80SbgCBq3YkJXriL/pDpBovfJDC2yPSNjbmtuk59Wqy+RePjZZU2m5KRjUrcI654uIGv5TDm8BcM3ZoM34XfZ7fhlWmpd7j3u5Ki26maAomHPi/YErCqTK86iOrjVHjmHWyYtwf0j/Pg5L3T7N/Ci7TuNvXOGjQzfKxnC7bDHb1XKxDkSlVgECCvNOH/EOJ7TioOp2JLoigIWlvU8aeL1iEnKL/BOCxo5ke3Xn+eAvIXJzk7ueyhBium5JxpJjBBf57m0FslYNfZUTYwmUCaL02AK7mVuDIocRAZn3siw6++DIEBo5oRqxlveDZTBLdQifwifQ02YIqIP674dODgyW/5LBpa3auwJcpbYelaW+kzoflMAOk6xyxUL7+RcUy2DS7t35zd7q7SBC9Ij2KoLbZu0H3YT5XxZPsAtI2ZxG88GpsDCgoDp9can7iSmX8MLr1c9moDtSzp0YoHpvdJ08kTM3GA4NrW/dpdjRskoWr6x4brDZyNxzqpuwqUMW+0BvYxlmyMSip6iYkW6tNyeeE3EYpFK2XWXYnD8Jp2cn1mUtz/HEW3F1pBT1yGId0qnDjq/cYbviKofMRu9Xz7zwT73cR1asWGx4yYROMn8zVoEYdFG4N4VCKJylsXLN5uJSbvoIi2qFDXvS026O6EavRIJmKc3WppLGjlrsvtl7V5c9Qrjk2bJH66sHj1UO9RYgfL5Zu5cFkAvPzIZXzNptlGWo+1IPZ1wD6BsTTTA0h41EIMZG8rWPSZOA1AxljuDDUZ9VOFNO/tfY/xd9QWmKDAe1GyyKrbVlWfLCzGEX+BL43Qd8LYXUVRE1hkpk44uYqz6c5xDAQDXl0ej0qGFwxYyk22aXqYpeuNZ6DfQIY28C7Em5TkLr0Hyv60nMJJT" />
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
<div class="breadcrumb">Vị trí: <a href="/">Trang chủ</a> &gt; <a href="/tin-tuc.aspx">Tin tức</a></div>
<div class="folder"><h2 class="folder-title">Tin tức</h2><a class="rss" href="/rss.aspx?folderid=72"><img src="/App_Themes/HungYen/images/rss.png" alt="RSS" /></a><div id="ctl00_cphMain_ListSummary1"><ul class="ekListSummary"><li><a href="/tin-tuc/10411.aspx">Ảnh: HTX Rau an toàn Toàn Thắng thu hoạch rau vụ xuân</a>&#160;<span class="ekDateModified">(5/1/2024 6:40:05 PM)</span><br /><span class="ekTeaser">Cuối tháng 4, các thành viên HTX Rau an toàn Toàn Thắng (huyện Kim Động) tất bật thu hoạch rau vụ xuân.</span></li><li><a href="/tin-tuc/10397.aspx">Kết quả phát triển kinh tế tập thể tỉnh Hưng Yên năm 2023</a>&#160;<span class="ekDateModified">(4/12/2024 9:45:00 AM)</span><br /><span class="ekTeaser">Năm 2023, khu vực kinh tế tập thể tỉnh Hưng Yên tiếp tục phát triển, nhiều HTX mở rộng quy mô sản xuất, kinh doanh.</span></li><li><a href="/tin-tuc/10389.aspx">Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024</a>&#160;<span class="ekDateModified">(4/8/2024 12:20:41 PM)</span><br /><span class="ekTeaser">Năm 2024, tỉnh Hưng Yên tiếp tục tổ chức đánh giá, phân hạng sản phẩm OCOP theo Quyết định số 148/QĐ-TTg của Thủ tướng Chính phủ.</span></li><li><a href="/tin-tuc/10376.aspx">HTX Nông nghiệp Phụng Công mở rộng vùng trồng hoa, cây cảnh</a>&#160;<span class="ekDateModified">(3/27/2024 7:10:00 PM)</span><br /><span class="ekTeaser">HTX Nông nghiệp Phụng Công (huyện Văn Giang) đã mở rộng vùng trồng hoa, cây cảnh lên hơn 60 ha, tăng 12 ha so với năm trước.</span></li><li><a href="/tin-tuc/10371.aspx">Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch</a>&#160;<span class="ekDateModified">(3/21/2024 8:02:10 AM)</span><br /><span class="ekTeaser">Chiều 20/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Dạ Trạch (huyện Khoái Châu).</span></li></ul></div><div class="pager"><span>Trang đầu</span> <span class="current">1</span> <a href="/tin-tuc.aspx?pageid=2">2</a> <a href="/tin-tuc.aspx?pageid=2">Trang cuối</a></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBQK59NJyaBWd6SjAGdN8jPKQzpj77WYMDU26idDN1uLHBkVsZzkTkpM5xk2rQMO" />
</div></form>
</body>
</html>
