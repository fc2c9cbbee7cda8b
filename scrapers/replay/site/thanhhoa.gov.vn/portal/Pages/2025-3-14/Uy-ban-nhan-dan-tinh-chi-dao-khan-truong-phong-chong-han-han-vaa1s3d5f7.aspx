<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>Ủy ban nhân dân tỉnh chỉ đạo khẩn trương phòng, chống hạn hán và xâm nhập mặn</title>
<meta property="og:title" content="Ủy ban nhân dân tỉnh chỉ đạo khẩn trương phòng, chống hạn hán và xâm nhập mặn" />
<meta property="og:url" content="https://thanhhoa.gov.vn/portal/Pages/2025-3-14/Uy-ban-nhan-dan-tinh-chi-dao-khan-truong-phong-chong-han-han-vaa1s3d5f7.aspx" />
</head>
<body>
<form method="post" action="default.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWAgIDDxYCHgRUZXh0ZWRkZA==" />
<div id="s4-workspace">
<div class="header"><div class="banner"><a href="/portal/Pages/default.aspx" class="site-title">Cổng thông tin điện tử tỉnh Thanh Hóa</a></div>
<ul class="top-menu">
<li><a href="/portal/Pages/default.aspx">Trang chủ</a></li>
<li><a href="/portal/KenhTin/Gioi-thieu.aspx">Giới thiệu</a></li>
<li><a href="/portal/KenhTin/Tin-tuc-su-kien.aspx">Tin tức sự kiện</a></li>
<li><a href="/portal/KenhTin/Chi-dao-dieu-hanh.aspx">Chỉ đạo điều hành</a></li>
<li><a href="/portal/KenhTin/Van-ban.aspx">Văn bản</a></li>
<li><a href="/portal/KenhTin/Thu-tuc-hanh-chinh.aspx">Thủ tục hành chính</a></li>
<li><a href="/portal/KenhTin/Hoi-dap.aspx">Hỏi đáp</a></li>
<li><a href="/portal/KenhTin/Lien-he.aspx">Liên hệ</a></li>
</ul></div>
<div class="main-content">
<div class="col-left">

</div>
<div class="col-main">
<div class="news-detail">
<h1 class="article-title">Ủy ban nhân dân tỉnh chỉ đạo khẩn trương phòng, chống hạn hán và xâm nhập mặn</h1>
<div class="news-date">Ngày 14/03/2025 10:30:00</div>
<div class="article-content">
<p style="text-align: justify;">Trước diễn biến bất thường của thời tiết, Ủy ban nhân dân tỉnh vừa ban hành công điện yêu cầu các huyện ven biển chủ động phòng, chống hạn hán và xâm nhập mặn trong vụ Đông Xuân.</p>
<p style="text-align: justify;">Những ngày qua, độ mặn đo được tại cửa sông Lạch Bạng và sông Yên đã vượt ngưỡng cho phép; nhiều diện tích lúa đang thì đẻ nhánh có nguy cơ thiếu nước tưới.</p>
<p style="text-align: justify;">Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Công ty Thủy lợi vận hành hợp lý các trạm bơm, ưu tiên nước sinh hoạt cho người dân vùng bị ảnh hưởng.</p>
<p style="text-align: justify;">Các địa phương phải rà soát, thống kê diện tích có nguy cơ hạn, mặn và báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 25/3/2025; những nơi thiếu nước kéo dài được hướng dẫn chuyển đổi sang cây trồng cạn.</p>
</div>
<div class="print-tools"><a href="javascript:window.print();">In bài</a></div>
</div>
</div>
</div>
<div class="footer"><p>Cổng thông tin điện tử tỉnh Thanh Hóa</p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Thanh Hóa</p></div>
</div>
</form>
<script type="text/javascript">//<![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "/portal", siteAbsoluteUrl: "https://thanhhoa.gov.vn"};
//]]></script>
</body>
</html>
