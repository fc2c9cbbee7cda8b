<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Thường trực UBND tỉnh làm việc về công tác cải cách hành chính</title>
<meta property="og:title" content="Thường trực UBND tỉnh làm việc về công tác cải cách hành chính" />
<meta property="og:url" content="https://thanhhoa.gov.vn/portal/Pages/2025-3-13/Thuong-truc-UBND-tinh-lam-viec-ve-cong-tac-cai-cach-hanh-chinhz3x5c7v9.aspx" />
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
<h1 class="article-title">Thường trực UBND tỉnh làm việc về công tác cải cách hành chính</h1>
<div class="news-date">Ngày 13/03/2025 09:00:00</div>
<div class="article-content">
<p style="text-align: justify;">Sáng 13/3, Thường trực UBND tỉnh làm việc với Sở Nội vụ về kết quả cải cách hành chính năm 2024.</p>
<p style="text-align: justify;">Chủ tịch UBND tỉnh yêu cầu hoàn thành kế hoạch khắc phục các chỉ số thành phần bị giảm điểm trước ngày 15/4/2025.</p>
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
