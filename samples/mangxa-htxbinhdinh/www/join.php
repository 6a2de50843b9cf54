<!DOCTYPE html>
<html dir="LTR">
<head>
    <meta http-equiv="X-UA-Compatible" content="IE=Edge" />
    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<title>Tham gia | Mạng xã hội HTX Bình Định</title>
	<base href="{{base}}/" />
	<meta name="description" content="" />
	<meta name="keywords" content="" />
	<meta http-equiv="Content-Style-Type" content="text/css" />
	<link href="{{base}}/templates/base/css/common.css" rel="stylesheet" type="text/css" />
	<link href="{{base}}/templates/tmpl_evo/css/general.css" rel="stylesheet" type="text/css" />
	<script language="javascript" type="text/javascript" src="{{base}}/plugins/jquery/jquery.js"></script>
	<script language="javascript" type="text/javascript" src="{{base}}/inc/js/functions.js"></script>
    <script type="text/javascript" language="javascript">
		var site_url = '{{base}}/';
	</script>
</head>
<body  class="bx-def-font">
    <div id="notification_window" class="notifi_window"></div>
	<div id="FloatDesc" style="position:absolute;display:none;z-index:100;"></div>
<div class="sys_root">
    <noscript>
        <div class="sys_no_js bx-def-padding-topbottom bx-def-font-large"><b>Trình duyệt của bạn đã tắt JavaScript.</b></div>
    </noscript>
    <div class="sys_main_logo" style="min-width:1140px;">
		<div class="sys_ml" style="width:1140px;">
            <div class="sys_ml_wrapper bx-def-padding-sec">
                <div class="sys_search"><form action="{{base}}/searchKeyword.php" method="get" name="SearchForm"><input type="text" name="keyword" class="bx-def-font" placeholder="Tìm kiếm..." /></form></div>
    			<a href="{{base}}/" class="mainLogo"><img src="{{base}}/media/images/logo_lmhtx_bd.png" class="mainLogo" alt="Mạng xã hội HTX Bình Định" /></a>
    			<div class="sys_service_menu"><a href="{{base}}/member.php" class="sys-sm-link">Đăng nhập</a> <a href="{{base}}/join.php" class="sys-sm-link">Tham gia</a></div>
            </div>
		</div>
	</div>
    <div class="sys_top_menu"><table class="topMenu" cellpadding="0" cellspacing="0"><tr><td class="top"><a href="{{base}}/" class="top_link"><span class="down bx-def-padding-sec-leftright">Trang chủ</span></a></td><td class="top"><a href="{{base}}/m/news/home/" class="top_link"><span class="down bx-def-padding-sec-leftright">Tin tức</span></a></td><td class="top"><a href="{{base}}/m/articles/home/" class="top_link"><span class="down bx-def-padding-sec-leftright">Bài viết</span></a></td><td class="top"><a href="{{base}}/blogs/all_posts/" class="top_link"><span class="down bx-def-padding-sec-leftright">Blog</span></a></td><td class="top"><a href="{{base}}/m/groups/view/HTX-OCOP-Bình-Định" class="top_link"><span class="down bx-def-padding-sec-leftright">Nhóm</span></a></td></tr></table></div>
	<div class="sys_main_content" style="width:1140px;">
        <div class="sys_mc_wrapper bx-def-margin-sec-leftright">
            <div class="sys_mc clearfix">
<div class="sys_page clearfix">
	<div class="page_column page_column_first" id="page_column_1" style="width: 71.9%;">
        <div class="page_block_container bx-def-margin-sec-leftright"><div class="disignBoxFirst bx-def-margin-top bx-def-border ">
	<div class="boxFirstHeader bx-def-bh-margin">
        <div class="dbTitle">Tham gia</div>
        <div class="clear_both"></div>
    </div>
	<div class="boxContent"><form method="post"><input type="text" name="ID" /></form></div>
</div></div>
	</div>
	<div class="page_column page_column_last" id="page_column_2" style="width: 28.1%;">
        <div class="page_block_container bx-def-margin-sec-leftright"></div>
	</div>
</div>
                <div class="clear_both"></div>
            </div>
        </div>
	</div>
	<div class="sys_footer" style="min-width:1140px;">
	    <div class="sys_breadcrumb bx-def-margin-top" style="width:1140px;">
	       <div class="sys_bc_wrapper bx-def-margin-sec-leftright bx-def-border">
	            <div class="sys_bc_unit"><a href="{{base}}/">Trang chủ</a> &gt; <span>Tham gia</span></div>
	            <div class="clear_both">&nbsp;</div>
	        </div>
	    </div>
		<div class="sys_copyright bx-def-margin-top" style="width: 1140px">
	        <div class="sys_cr_wrapper bx-def-margin-sec-leftright bx-def-border">
	            <div class="sys_cr bx-def-margin-leftright">
	        		<div class="bottomLinks bx-def-margin-sec-right"><a href="{{base}}/about_us.php">Về chúng tôi</a> <a href="{{base}}/privacy.php">Quyền riêng tư</a> <a href="{{base}}/terms_of_use.php">Điều khoản sử dụng</a> <a href="{{base}}/contact.php">Liên hệ</a></div>
	        		<div class="bottomCpr">Copyright © 2025 Liên minh Hợp tác xã tỉnh Bình Định<br />Số 38 Trần Phú, TP Quy Nhơn, tỉnh Bình Định - ĐT: 0256.3822.418</div>
	        		<div class="clear_both"></div>
	            </div>
	        </div>
		</div>
	    <div class="boonex_footers"><a href="{{base:offsite}}/boonex/" class="bx-def-font-grayed">Powered by Dolphin</a></div>
	</div>
</div>
</body>
</html>
