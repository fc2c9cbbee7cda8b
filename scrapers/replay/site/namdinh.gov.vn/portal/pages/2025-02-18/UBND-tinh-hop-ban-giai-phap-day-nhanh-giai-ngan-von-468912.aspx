<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>UBND tỉnh họp bàn giải pháp đẩy nhanh giải ngân vốn đầu tư công năm 2025</title>
<meta name="description" content="UBND tỉnh họp bàn giải pháp đẩy nhanh giải ngân vốn đầu tư công năm 2025" />
<meta property="og:title" content="UBND tỉnh họp bàn giải pháp đẩy nhanh giải ngân vốn đầu tư công năm 2025" />
<meta property="og:url" content="https://namdinh.gov.vn/portal/pages/2025-02-18/UBND-tinh-hop-ban-giai-phap-day-nhanh-giai-ngan-von-468912.aspx" />
<link rel="stylesheet" type="text/css" href="/portal/Style%20Library/css/portal.css" />
</head>
<body>
<form method="post" action="UBND-tinh-hop-ban-giai-phap-day-nhanh-giai-ngan-von-468912.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWAgIDDxYCHgRUZXh0ZWRkZA==" />
<div id="s4-workspace">
<div class="header"><div class="banner"><a href="/portal/Pages/default.aspx" class="site-title">Cổng thông tin điện tử tỉnh Nam Định</a></div>
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
<h1 class="article-title">UBND tỉnh họp bàn giải pháp đẩy nhanh giải ngân vốn đầu tư công năm 2025</h1>
<div class="article-info"><span class="date-time">18/02/2025 16:10</span></div>
<div id="art-content">
<p style="text-align: justify;">Chiều 18/2, UBND tỉnh tổ chức cuộc họp đánh giá tình hình giải ngân vốn đầu tư công tháng 1 và bàn giải pháp thực hiện kế hoạch vốn năm 2025. Đồng chí Phó Chủ tịch Thường trực UBND tỉnh chủ trì cuộc họp.</p>
<p style="text-align: justify;">Theo báo cáo của Sở Kế hoạch và Đầu tư, kế hoạch vốn đầu tư công năm 2025 của tỉnh là hơn 6.200 tỷ đồng; đến hết tháng 1, giá trị giải ngân mới đạt khoảng 4%. Một số dự án còn vướng giải phóng mặt bằng, thủ tục điều chỉnh dự án kéo dài.</p>
<p style="text-align: justify;">Kết luận cuộc họp, đồng chí Phó Chủ tịch Thường trực UBND tỉnh yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết theo từng tháng, gửi Sở Kế hoạch và Đầu tư trước ngày 28/2/2025. UBND các huyện, thành phố tập trung hoàn thành bàn giao mặt bằng các dự án trọng điểm trong quý II/2025.</p>
<p style="text-align: justify;">Sở Tài chính được giao phối hợp với Kho bạc Nhà nước tỉnh rà soát, đề xuất điều chuyển vốn của các dự án chậm giải ngân, báo cáo UBND tỉnh trước ngày 15/3/2025.</p>
<p style="text-align: right;"><b>Thu Trang</b></p>
</div>
<div class="share"><a href="javascript:;">Chia sẻ</a> <a href="javascript:window.print();">In bài</a></div>
</div>
</div>
</div>
<div class="footer"><p>Cổng thông tin điện tử tỉnh Nam Định</p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Nam Định</p></div>
</div>
</form>
<script type="text/javascript">//<![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "/portal", siteAbsoluteUrl: "https://namdinh.gov.vn"};
//]]></script>
</body>
</html>
