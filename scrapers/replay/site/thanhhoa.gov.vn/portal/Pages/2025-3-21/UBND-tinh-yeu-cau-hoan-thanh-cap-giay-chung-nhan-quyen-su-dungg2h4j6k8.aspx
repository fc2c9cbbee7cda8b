<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>UBND tỉnh yêu cầu hoàn thành cấp giấy chứng nhận quyền sử dụng đất lần đầu</title>
<meta property="og:title" content="UBND tỉnh yêu cầu hoàn thành cấp giấy chứng nhận quyền sử dụng đất lần đầu" />
<meta property="og:url" content="https://thanhhoa.gov.vn/portal/Pages/2025-3-21/UBND-tinh-yeu-cau-hoan-thanh-cap-giay-chung-nhan-quyen-su-dungg2h4j6k8.aspx" />
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
<h1 class="article-title">UBND tỉnh yêu cầu hoàn thành cấp giấy chứng nhận quyền sử dụng đất lần đầu</h1>
<div class="news-date">Ngày 21/03/2025 08:40:00</div>
<div class="article-content">
<p style="text-align: justify;">UBND tỉnh vừa có văn bản yêu cầu UBND các huyện, thị xã, thành phố đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân.</p>
<p style="text-align: justify;">Hiện toàn tỉnh còn hơn 31.000 thửa đất đủ điều kiện nhưng chưa được cấp giấy chứng nhận, tập trung ở các huyện miền núi.</p>
<p style="text-align: justify;">UBND tỉnh yêu cầu hoàn thành việc cấp giấy cho các thửa đất đủ điều kiện trước ngày 31/12/2025; Sở Tài nguyên và Môi trường chủ trì kiểm tra, đôn đốc hằng tháng.</p>
<p style="text-align: justify;">Người đứng đầu địa phương để tồn đọng hồ sơ kéo dài sẽ bị xem xét trách nhiệm.</p>
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
