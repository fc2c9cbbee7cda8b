<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=10" />
<title>Tin hoạt động của Quốc hội</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css" />
<script type="text/javascript" src="/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="./tin-hoat-dong-cua-quoc-hoi.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-qh"><a class="logo" href="/Pages/default.aspx">Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam</a>
<ul class="menu-top"><li><a href="/trang-chu/Pages/default.aspx">Trang chủ</a></li><li><a href="/gioi-thieu/Pages/default.aspx">Giới thiệu</a></li><li><a href="/tin-tuc/Pages/default.aspx">Tin tức</a></li><li><a href="/hoat-dong-cua-quoc-hoi/Pages/default.aspx">Hoạt động của Quốc hội</a></li><li><a href="/ky-hop-quoc-hoi/Pages/default.aspx">Kỳ họp Quốc hội</a></li><li><a href="/van-ban-phap-luat/Pages/default.aspx">Văn bản pháp luật</a></li><li><a href="/tiep-xuc-cu-tri/Pages/default.aspx">Tiếp xúc cử tri</a></li><li><a href="/dai-bieu-quoc-hoi/Pages/default.aspx">Đại biểu Quốc hội</a></li></ul></div>
<div class="breadcrumb"><a href="/Pages/default.aspx">Trang chủ</a> » <a href="/tintuc/Pages/default.aspx">Tin tức</a> » <a href="/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx">Tin hoạt động của Quốc hội</a></div>
<div class="list-news">
<h1 class="title-list">Tin hoạt động của Quốc hội</h1>
<div class="item-news"><a class="title" href="/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx?ItemID=93615">Ủy ban Thường vụ Quốc hội cho ý kiến về công tác chuẩn bị Kỳ họp thứ 9</a> <span class="date">(10/03/2025)</span></div>
</div>
<div class="paging"><a href="?Page=1" class="active">1</a> <a href="?Page=2" class="page">2</a> <a href="?Page=3" class="page">3</a></div>
<div class="footer-qh"><p>Cổng thông tin điện tử Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam</p><p>Cơ quan chủ quản: Văn phòng Quốc hội</p></div>
</div></div>
</form>
</body>
</html>
