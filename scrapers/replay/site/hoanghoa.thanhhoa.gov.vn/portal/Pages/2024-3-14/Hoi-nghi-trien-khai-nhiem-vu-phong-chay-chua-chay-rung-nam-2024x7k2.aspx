<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Hội nghị triển khai nhiệm vụ phòng cháy, chữa cháy rừng năm 2024</title>
<meta name="description" content="Hội nghị triển khai nhiệm vụ phòng cháy, chữa cháy rừng năm 2024" />
<meta property="og:title" content="Hội nghị triển khai nhiệm vụ phòng cháy, chữa cháy rừng năm 2024" />
<meta property="og:url" content="https://hoanghoa.thanhhoa.gov.vn/portal/Pages/2024-3-14/Hoi-nghi-trien-khai-nhiem-vu-phong-chay-chua-chay-rung-nam-2024x7k2.aspx" />
<meta property="article:published_time" content="2024-03-14T15:20:00+07:00" />
<link rel="stylesheet" type="text/css" href="/portal/Style%20Library/css/portal.css" />
</head>
<body>
<form method="post" action="Hoi-nghi-trien-khai-nhiem-vu-phong-chay-chua-chay-rung-nam-2024x7k2.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWAgIDDxYCHgRUZXh0ZWRkZA==" />
<div id="s4-workspace">
<div class="header"><div class="banner"><a href="/portal/Pages/default.aspx" class="site-title">Cổng thông tin điện tử huyện Hoằng Hóa</a></div>
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
<div class="box-counter"><div class="box-title">Thống kê truy cập</div><table class="counter">
<tr><td class="label">Đang online:</td><td class="value">25</td></tr>
<tr><td class="label">Hôm nay:</td><td class="value">1.234</td></tr>
<tr><td class="label">Hôm qua:</td><td class="value">2.345</td></tr>
<tr><td class="label">Tất cả:</td><td class="value">3.456.789</td></tr>
</table></div>
</div>
<div class="col-main">
<div class="news-detail">
<h1 class="article-title">Hội nghị triển khai nhiệm vụ phòng cháy, chữa cháy rừng năm 2024</h1>
<div class="news-date">Ngày 14/03/2024 15:20:11</div>
<div class="article-content">
<p style="text-align: justify;">Sáng ngày 14/3/2024, UBND huyện Hoằng Hóa tổ chức hội nghị triển khai nhiệm vụ phòng cháy, chữa cháy rừng năm 2024. Đồng chí Lê Văn Hải, Chủ tịch UBND huyện chủ trì hội nghị.</p>
<p style="text-align: justify;">Năm 2023, trên địa bàn huyện không để xảy ra cháy rừng; tuy nhiên dự báo năm 2024 thời tiết nắng nóng kéo dài, nguy cơ cháy rừng ở mức cao.</p>
<p style="text-align: justify;">Chủ tịch UBND huyện yêu cầu UBND các xã có rừng kiện toàn Ban chỉ huy phòng cháy, chữa cháy rừng trước ngày 25/3. Hạt Kiểm lâm huyện cần phối hợp với các xã tổ chức tuần tra, canh gác 24/24 giờ trong thời gian cao điểm nắng nóng từ tháng 4 đến tháng 8.</p>
<p style="text-align: right;"><strong>Minh Hiếu</strong></p>
<p class="print-title"><strong>Hội nghị triển khai nhiệm vụ phòng cháy, chữa cháy rừng năm 2024</strong></p>
<p class="print-date">Đăng lúc: 14/03/2024 15:20:11 (GMT+7)</p>
<p style="text-align: justify;">Sáng ngày 14/3/2024, UBND huyện Hoằng Hóa tổ chức hội nghị triển khai nhiệm vụ phòng cháy, chữa cháy rừng năm 2024. Đồng chí Lê Văn Hải, Chủ tịch UBND huyện chủ trì hội nghị.</p>
<p style="text-align: justify;">Năm 2023, trên địa bàn huyện không để xảy ra cháy rừng; tuy nhiên dự báo năm 2024 thời tiết nắng nóng kéo dài, nguy cơ cháy rừng ở mức cao.</p>
<p style="text-align: justify;">Chủ tịch UBND huyện yêu cầu UBND các xã có rừng kiện toàn Ban chỉ huy phòng cháy, chữa cháy rừng trước ngày 25/3. Hạt Kiểm lâm huyện cần phối hợp với các xã tổ chức tuần tra, canh gác 24/24 giờ trong thời gian cao điểm nắng nóng từ tháng 4 đến tháng 8.</p>
<p style="text-align: right;"><strong>Minh Hiếu</strong></p>
</div>
<div class="print-tools"><a href="javascript:window.print();">In bài</a></div>
</div>
</div>
</div>
<div class="footer"><p>Cổng thông tin điện tử huyện Hoằng Hóa</p><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Hoằng Hóa, tỉnh Thanh Hóa</p></div>
</div>
</form>
<script type="text/javascript">//<![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "/portal", siteAbsoluteUrl: "https://hoanghoa.thanhhoa.gov.vn"};
//]]></script>
</body>
</html>
