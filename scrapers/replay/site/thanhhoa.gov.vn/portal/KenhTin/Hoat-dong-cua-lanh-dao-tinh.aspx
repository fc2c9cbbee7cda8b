<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Hoạt động của lãnh đạo tỉnh</title>
</head>
<body>
<form method="post" action="Hoat-dong-cua-lanh-dao-tinh.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWAgIDDxYCHgRUZXh0ZWRkZA==" />
<div id="s4-workspace">
<div class="header"><div class="banner"><a href="/portal/Pages/default.aspx" class="site-title">Cổng thông tin điện tử tỉnh Thanh Hóa</a></div>
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
<div class="channel">
<h1 class="channel-title">Hoạt động của lãnh đạo tỉnh</h1>
<div class="news-item">
<a class="news-thumb" href="/portal/Pages/2025-7-3/Hoi-nghi-truc-tuyen-trien-khai-van-hanh-chinh-quyen-dia-phuong-hai-cap-k8v2p1.aspx"><img src="/portal/Photos/2025-07/anh-20250703.jpg" alt="" /></a>
<a class="news-title" href="/portal/Pages/2025-7-3/Hoi-nghi-truc-tuyen-trien-khai-van-hanh-chinh-quyen-dia-phuong-hai-cap-k8v2p1.aspx">Hội nghị trực tuyến triển khai vận hành chính quyền địa phương hai cấp</a>
<span class="news-date">(03/07/2025)</span>
</div>
<div class="news-item">
<a class="news-thumb" href="https://trieuson.thanhhoa.gov.vn/portal/Pages/2025-1-13/Hoi-nghi-toan-quoc-ve-dot-pha-phat-trien-khoa-hoc0tsn6otg.aspx"><img src="/portal/Photos/2025-01/anh-20250113.jpg" alt="" /></a>
<a class="news-title" href="https://trieuson.thanhhoa.gov.vn/portal/Pages/2025-1-13/Hoi-nghi-toan-quoc-ve-dot-pha-phat-trien-khoa-hoc0tsn6otg.aspx">Hội nghị toàn quốc về đột phá phát triển khoa học, công nghệ đổi mới sáng tạo và chuyển đổi số quốc gia</a>
<span class="news-date">(13/01/2025)</span>
</div>
<div class="paging"><a href="javascript:__doPostBack('ctl00$m$g_channel$pager','Page$Next')">Trang sau</a></div>
</div>
</div>
</div>
<div class="footer"><p>Cổng thông tin điện tử tỉnh Thanh Hóa</p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Thanh Hóa</p></div>
</div>
</form>
<script type="text/javascript">//<![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "/portal", siteAbsoluteUrl: "https://thanhhoa.gov.vn"};
//]]></script>
</body>
</html>
