<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	Tin tức - Liên minh Hợp tác xã thành phố Đà Nẵng
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="/css/danang.css" rel="stylesheet" type="text/css" /><link href="/WorkArea/csslib/ektron.fixedPositionToolbar.css" type="text/css" rel="stylesheet" /><script type="text/javascript" src="/WorkArea/java/ektron.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="/Tin-tuc.aspx" id="form1">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKT4Iu5FlO5RxnpIMPIM2HUk1529n2z4k38t3CuXfh2YUG2OK/43bn5+0hs+KMQraIQbeMSmXrEtrribuTcNssGSBv1SRMK+SZBrAT+NF04wqM1nnkeIfuYLdkdi4cX3E6991a9kiVhAGq0SkK+1SmYn4/eo6Xx4c2X27BdozvwHbd8/75Zq9bBrnfwCr1/+jK4W5maO20jCTyTBay4d0wz8tSXj0Ay5JrowGiH9/fx2hKgP9V8McQqPba97+jIxXo1U6G25TAskTajZ5q5DYxvLDI/R5AhtOHDLNmIiHCLaBitQD1yytllQoFyhnL8IKx2R6GQgw+C681AuVGiqhHcBkqcAROD30iKDNXhdoVKLzFLlbh+P+zXcFnALChhjIMWJ9IANwQ2rV/sNSvNX83E76Qe5qRfdoRR7KmErds2S7wStGs22QBc/tdNHcsnYh5EhSeWHc4tCLlzrsxVlU32oX9JarE2Ys2GaKq41yG9dQcKVkIKtZ+DTLhjsRW2Pvdf0pxvmYLboeH+zdqQ18UGd4+yLLNk9aIXhjrwyyDz10ZQ01tj0DGIQIbMSxZ1JPY1ePRaVlaSymGFMeKfGcflXo7N6PcigDBs1gDX1/++QSxkWJ9mz4RSQuFM4xkafrt3wmFKDnhdyS2W4jAivK7kljujU8PF8gsufhgNP+AOdatv7aXdrfrQaThqhN3okwk3UCnkh5t5OownZiLjkzf+niXYvH45OZDIz23oCJIDQaZOES6mzgyM86zvThrLVIVrMMTt+nJ8OHjXBzUIqB3riae2r+kNX7Waweis3PsN5k9ykIOISgBFvA0L4jZicS5UV9Vpi8vq3Q1jcvBvNHNmqRLpgirZ/1yllGlzw5BxDSZo+RxGnPb3kUqbx9awe6ABn5XfduXzmLfjtLdlk5YsvCJlL0263A2n+LXRWvJxb9Dw6doUOiLxC6tj3luBT/ezp22OYm7h+pOhjSsgNo+CpaHScHgLf3RD/4BAzD0uB+TU/rXGL9s8nesaMlN3DWe" />
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
<div class="listing"><h2 class="folder-title">Tin tức</h2><a class="rss" href="/RssFeed.aspx?folderid=72" title="RSS"><img src="/images/rss.png" alt="RSS" /></a><div id="ctl00_cphMain_ListSummary1"><table border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td class="ekListSummary"><a href="/Tin-tuc/Anh_HTX_Rau_an_toan_Tuy_Loan_vao_vu_rau_he_thu.aspx">Ảnh: HTX Rau an toàn Túy Loan vào vụ rau hè thu</a>&#160;<span class="date">(04/06/2024)</span><br /><span class="teaser">Những ngày đầu tháng 6, thành viên HTX Rau an toàn Túy Loan (huyện Hòa Vang) tất bật thu hoạch rau vụ hè thu.</span></td></tr><tr><td class="ekListSummary"><a href="/Tin-tuc/Kinh_te_tap_the_thanh_pho_Da_Nang_nam_2023_qua_cac_con_so.aspx">Kinh tế tập thể thành phố Đà Nẵng năm 2023 qua các con số</a>&#160;<span class="date">(21/05/2024)</span><br /><span class="teaser">Năm 2023, khu vực kinh tế tập thể của thành phố tiếp tục phát triển cả về số lượng và chất lượng.</span></td></tr><tr><td class="ekListSummary"><a href="/Tin-tuc/Huong_dan_HTX_trien_khai_chuyen_doi_so_trong_san_xuat_kinh_doanh.aspx">Hướng dẫn HTX triển khai chuyển đổi số trong sản xuất, kinh doanh</a>&#160;<span class="date">(07/05/2024)</span><br /><span class="teaser">Chuyển đổi số giúp HTX quản lý hiệu quả, mở rộng thị trường và tiếp cận các nguồn vốn.</span></td></tr><tr><td class="ekListSummary"><a href="/Tin-tuc/HTX_Nong_nghiep_Hoa_Tien_phat_trien_vung_trong_nem_theo_huong_huu_co.aspx">HTX Nông nghiệp Hòa Tiến phát triển vùng trồng ném theo hướng hữu cơ</a>&#160;<span class="date">(22/04/2024)</span><br /><span class="teaser">HTX Nông nghiệp Hòa Tiến (huyện Hòa Vang) đã mở rộng vùng trồng củ ném theo hướng hữu cơ lên 25 ha.</span></td></tr><tr><td class="ekListSummary"><a href="/Tin-tuc/Lien_minh_HTX_thanh_pho_lam_viec_voi_cac_HTX_van_tai.aspx">Liên minh HTX thành phố làm việc với các HTX vận tải</a>&#160;<span class="date">(08/04/2024)</span><br /><span class="teaser">Chiều 7/4, Liên minh HTX thành phố làm việc với đại diện 9 HTX vận tải trên địa bàn thành phố.</span></td></tr></table><div class="ekPaging">Page 1 of 2&#160;&#160;[First Page] [Previous Page] [<a href="/Tin-tuc.aspx?currentpage=2">Next Page</a>] [<a href="/Tin-tuc.aspx?currentpage=2">Last Page</a>]</div></div></div>
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
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEPDwUKT4Iu5FlO5RxnpIMPIM2HUk1529n2z4k38t3CuXfh2YUG2OK/43bn5+0h" />
</div></form>
</body>
</html>
