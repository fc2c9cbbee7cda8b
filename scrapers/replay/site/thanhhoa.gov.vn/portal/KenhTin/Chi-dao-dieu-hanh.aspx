<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Chỉ đạo điều hành</title>
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
<div class="channel">
<h1 class="channel-title">Chỉ đạo điều hành</h1>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/Pages/2025-3-28/UBND-tinh-hop-phien-thuong-ky-thang-3-ban-giai-phap-thuc-day-tanh4k8m2p6.aspx">UBND tỉnh họp phiên thường kỳ tháng 3, bàn giải pháp thúc đẩy tăng trưởng quý II</a>
<span class="news-date">(28/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/pages/2025-03-18/chu-tich-ubnd-tinh-chi-dao-day-nhanh-giai-ngan-von-468812.aspx">Chủ tịch UBND tỉnh chỉ đạo đẩy nhanh giải ngân vốn đầu tư công năm 2025</a>
<span class="news-date">(18/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/Pages/2025-3-14/Uy-ban-nhan-dan-tinh-chi-dao-khan-truong-phong-chong-han-han-vaa1s3d5f7.aspx">Ủy ban nhân dân tỉnh chỉ đạo khẩn trương phòng, chống hạn hán và xâm nhập mặn</a>
<span class="news-date">(14/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/Pages/2025-3-11/Hoi-nghi-truc-tuyen-trien-khai-ke-hoach-chuyen-doi-so-nam-2025l1k3j5h7.aspx">Hội nghị trực tuyến triển khai kế hoạch chuyển đổi số năm 2025</a>
<span class="news-date">(11/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/Pages/2025-3-7/Pho-Chu-tich-UBND-tinh-kiem-tra-tien-do-thi-cong-duong-bo-ven-biet6y8u1i3.aspx">Phó Chủ tịch UBND tỉnh kiểm tra tiến độ thi công đường bộ ven biển</a>
<span class="news-date">(07/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/Pages/2025-3-5/UBND-tinh-hop-ban-phuong-an-sap-xep-don-vi-hanh-chinh-cap-xae5r7t9y2.aspx">UBND tỉnh họp bàn phương án sắp xếp đơn vị hành chính cấp xã</a>
<span class="news-date">(05/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/Pages/2025-3-3/Ket-luan-cua-Chu-tich-UBND-tinh-tai-buoi-lam-viec-voi-huyen-Nga-Sq7w2e9r1.aspx">404 Not Found</a>
<span class="news-date">(01/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/Pages/2025-3-13/Thuong-truc-UBND-tinh-lam-viec-ve-cong-tac-cai-cach-hanh-chinhz3x5c7v9.aspx">timeout</a>
<span class="news-date">(01/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/Pages/2025-3-19/Lich-tiep-cong-dan-dinh-ky-cua-Chu-tich-UBND-tinh-thanr4t6y8u2.aspx">redirect to a private address</a>
<span class="news-date">(01/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/Pages/2025-3-17/Huong-dan-nop-ho-so-truc-tuyen-tren-Cong-dich-vu-cong-tin2w4e6r8.aspx">redirect to loopback</a>
<span class="news-date">(01/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/Pages/2025-3-16/Cong-khai-ket-qua-giai-quyet-thu-tuc-hanh-chinh-thang-2m1n3b5v.aspx">redirect to the cloud metadata address</a>
<span class="news-date">(01/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://muonglat.thanhhoa.gov.vn/portal/Pages/2025-3-12/UBND-huyen-Muong-Lat-trien-khai-nhiem-vu-giam-ngheo-ben-vung-nap9o7i5u3.aspx">robots.txt disallows</a>
<span class="news-date">(01/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/Pages/2025-3-21/UBND-tinh-yeu-cau-hoan-thanh-cap-giay-chung-nhan-quyen-su-dungg2h4j6k8.aspx">connection cut (truncated HTML)</a>
<span class="news-date">(01/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/Pages/2025-3-20/Thong-bao-ket-luan-phien-hop-UBND-tinh-thang-3-nam-2025x8k2m4p1.aspx">PDF</a>
<span class="news-date">(01/03/2025)</span>
</div>
<div class="news-item">
<a class="news-title" href="https://thanhhoa.gov.vn/portal/Pages/2025-3-4/Thong-bao-tuyen-dung-vien-chuc-nam-2025w8q6e4r2.aspx">soft 404, both parsers fail</a>
<span class="news-date">(01/03/2025)</span>
</div>
<div class="paging"><span class="current">1</span></div>
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
