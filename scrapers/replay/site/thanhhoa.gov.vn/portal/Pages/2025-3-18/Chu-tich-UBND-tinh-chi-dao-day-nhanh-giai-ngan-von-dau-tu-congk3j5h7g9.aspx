<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Chủ tịch UBND tỉnh chỉ đạo đẩy nhanh giải ngân vốn đầu tư công năm 2025</title>
<meta property="og:title" content="Chủ tịch UBND tỉnh chỉ đạo đẩy nhanh giải ngân vốn đầu tư công năm 2025" />
<meta property="og:url" content="https://thanhhoa.gov.vn/portal/Pages/2025-3-18/Chu-tich-UBND-tinh-chi-dao-day-nhanh-giai-ngan-von-dau-tu-congk3j5h7g9.aspx" />
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
<h1 class="article-title">Chủ tịch UBND tỉnh chỉ đạo đẩy nhanh giải ngân vốn đầu tư công năm 2025</h1>
<div class="news-date">Ngày 18/03/2025 09:05:00</div>
<div class="article-content">
<p style="text-align: justify;">Ngày 17/3, Chủ tịch UBND tỉnh ký văn bản chỉ đạo các chủ đầu tư đẩy nhanh tiến độ thực hiện và giải ngân kế hoạch vốn đầu tư công năm 2025.</p>
<p style="text-align: justify;">Văn bản nêu rõ, đến giữa tháng 3 tỷ lệ giải ngân của toàn tỉnh mới đạt 11,2% kế hoạch vốn giao, thấp hơn bình quân chung cả nước.</p>
<p style="text-align: justify;">Chủ tịch UBND tỉnh yêu cầu người đứng đầu các chủ đầu tư chịu trách nhiệm trước UBND tỉnh về tiến độ giải ngân; phấn đấu đến ngày 30/6/2025 giải ngân đạt ít nhất 50% kế hoạch vốn.</p>
<p style="text-align: justify;">Các dự án không đạt tiến độ theo cam kết sẽ bị điều chuyển vốn cho dự án có khả năng giải ngân tốt hơn.</p>
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
