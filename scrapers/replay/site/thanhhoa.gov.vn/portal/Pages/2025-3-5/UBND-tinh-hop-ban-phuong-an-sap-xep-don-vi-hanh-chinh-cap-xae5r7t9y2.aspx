<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>UBND tỉnh họp bàn phương án sắp xếp đơn vị hành chính cấp xã</title>
<meta property="og:title" content="UBND tỉnh họp bàn phương án sắp xếp đơn vị hành chính cấp xã" />
<meta property="article:published_time" content="2025-03-05T14:10:00+07:00" />
</head>
<body>
<form method="post" action="default.aspx" id="aspnetForm">
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
<table class="tin-chi-tiet" width="100%"><tr><td>
<h1 class="tieude">UBND tỉnh họp bàn phương án sắp xếp đơn vị hành chính cấp xã</h1>
<div class="ngay-dang">Cập nhật: 05/03/2025</div>
<div class="noidung">
<p>Ngày 5/3, Thường trực UBND tỉnh họp nghe Sở Nội vụ báo cáo phương án sắp xếp đơn vị hành chính cấp xã giai đoạn 2025 - 2026.</p>
<p>Theo dự thảo, toàn tỉnh dự kiến giảm 142 đơn vị hành chính cấp xã; trụ sở dôi dư sẽ được ưu tiên chuyển đổi thành trường học, trạm y tế hoặc nhà văn hóa.</p>
<p>Chủ tịch UBND tỉnh giao Sở Nội vụ tiếp thu ý kiến các thành viên, hoàn chỉnh hồ sơ đề án và trình UBND tỉnh trước ngày 20/3/2025.</p>
</div>
</td></tr></table>
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
