<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>UBND tỉnh họp phiên thường kỳ tháng 3, bàn giải pháp thúc đẩy tăng trưởng quý II</title>
<meta property="og:title" content="UBND tỉnh họp phiên thường kỳ tháng 3, bàn giải pháp thúc đẩy tăng trưởng quý II" />
<meta property="og:url" content="https://thanhhoa.gov.vn/portal/Pages/2025-3-28/UBND-tinh-hop-phien-thuong-ky-thang-3-ban-giai-phap-thuc-day-tanh4k8m2p6.aspx" />
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
<h1 class="article-title">UBND tỉnh họp phiên thường kỳ tháng 3, bàn giải pháp thúc đẩy tăng trưởng quý II</h1>
<div class="news-date">Ngày 28/03/2025 16:20:00</div>
<div class="article-content">
<p style="text-align: justify;">Chiều 27/3, Ủy ban nhân dân tỉnh tổ chức phiên họp thường kỳ tháng 3/2025 để đánh giá tình hình kinh tế - xã hội quý I và thảo luận các nhiệm vụ trọng tâm của quý II.</p>
<p style="text-align: justify;">Theo báo cáo tại phiên họp, tổng sản phẩm trên địa bàn quý I ước tăng 8,6% so với cùng kỳ, thu ngân sách đạt 27% dự toán năm. Tuy vậy, giải ngân vốn đầu tư công còn chậm và một số dự án trọng điểm vẫn vướng mặt bằng.</p>
<p style="text-align: justify;">Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành và UBND cấp huyện tập trung tháo gỡ khó khăn cho doanh nghiệp, không để hồ sơ thủ tục hành chính tồn đọng quá hạn.</p>
<p style="text-align: justify;">Sở Tài chính được giao chủ trì rà soát, đề xuất điều chuyển vốn của các dự án chậm giải ngân, báo cáo UBND tỉnh trước ngày 15/4/2025.</p>
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
