<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Hội nghị trực tuyến triển khai kế hoạch chuyển đổi số năm 2025</title>
<meta property="og:title" content="Hội nghị trực tuyến triển khai kế hoạch chuyển đổi số năm 2025" />
<meta property="og:url" content="https://thanhhoa.gov.vn/portal/Pages/2025-3-11/Hoi-nghi-truc-tuyen-trien-khai-ke-hoach-chuyen-doi-so-nam-2025l1k3j5h7.aspx" />
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
<div class="news-detail">
<h1 class="article-title">Hội nghị trực tuyến triển khai kế hoạch chuyển đổi số năm 2025</h1>
<div class="news-date">Ngày 11/03/2025 15:00:00</div>
<div class="article-content">
<p style="text-align: justify;">Sáng 11/3, UBND tỉnh tổ chức hội nghị trực tuyến đến 27 điểm cầu cấp huyện để triển khai kế hoạch chuyển đổi số năm 2025.</p>
<p style="text-align: justify;">Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình của tỉnh đạt 62%, tăng 18 điểm phần trăm so với năm trước.</p>
<p style="text-align: justify;">Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành hoàn thành việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực trước ngày 31/5/2025.</p>
<p style="text-align: justify;">Sở Khoa học và Công nghệ được giao hướng dẫn, đôn đốc và tổng hợp kết quả thực hiện, báo cáo UBND tỉnh hằng quý.</p>
</div>
<div class="print-tools"><a href="javascript:window.print();">In bài</a></div>
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
