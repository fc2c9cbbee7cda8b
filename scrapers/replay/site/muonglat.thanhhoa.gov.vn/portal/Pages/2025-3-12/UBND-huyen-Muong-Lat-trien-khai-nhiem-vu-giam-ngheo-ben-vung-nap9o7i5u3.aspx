<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>UBND huyện Mường Lát triển khai nhiệm vụ giảm nghèo bền vững năm 2025</title>
<meta property="og:title" content="UBND huyện Mường Lát triển khai nhiệm vụ giảm nghèo bền vững năm 2025" />
<meta property="og:url" content="https://muonglat.thanhhoa.gov.vn/portal/Pages/2025-3-12/UBND-huyen-Muong-Lat-trien-khai-nhiem-vu-giam-ngheo-ben-vung-nap9o7i5u3.aspx" />
</head>
<body>
<form method="post" action="default.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWAgIDDxYCHgRUZXh0ZWRkZA==" />
<div id="s4-workspace">
<div class="header"><div class="banner"><a href="/portal/Pages/default.aspx" class="site-title">Cổng thông tin điện tử huyện Mường Lát</a></div>
<ul class="top-menu">
<li><a href="/portal/Pages/default.aspx">Trang chủ</a></li>
<li><a href="/portal/KenhTin/Gioi-thieu.aspx">Giới thiệu</a></li>
<li><a href="/portal/KenhTin/Tin-tuc-su-kien.aspx">Tin tức sự kiện</a></li>
<li><a href="/portal/KenhTin/Chi-dao-dieu-hanh.aspx">Chỉ đạo điều hành</a></li>
<li><a href="/portal/KenhTin/Van-ban.aspx">Văn bản</a></li>
<li><a href="/portal/KenhTin/Thu-tuc-hanh-chinh.aspx">Thủ tục hành chính</a></li>
<li><a href="/portal/KenhTin/Hoi-dap.aspx">Hỏi đáp</a></li>
<li><a href="/portal/KenhTin/Lien-he.aspx">Liên hệ</a></li>
</ul></div>
<div class="main-content">
<div class="col-left">

</div>
<div class="col-main">
<div class="news-detail">
<h1 class="article-title">UBND huyện Mường Lát triển khai nhiệm vụ giảm nghèo bền vững năm 2025</h1>
<div class="news-date">Ngày 12/03/2025 10:00:00</div>
<div class="article-content">
<p style="text-align: justify;">UBND huyện Mường Lát tổ chức hội nghị triển khai nhiệm vụ giảm nghèo bền vững năm 2025.</p>
<p style="text-align: justify;">Huyện phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 30% trước ngày 31/12/2025.</p>
</div>
<div class="print-tools"><a href="javascript:window.print();">In bài</a></div>
</div>
</div>
</div>
<div class="footer"><p>Cổng thông tin điện tử huyện Mường Lát</p><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Mường Lát, tỉnh Thanh Hóa</p></div>
</div>
</form>
<script type="text/javascript">//<![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "/portal", siteAbsoluteUrl: "https://thanhhoa.gov.vn"};
//]]></script>
</body>
</html>
