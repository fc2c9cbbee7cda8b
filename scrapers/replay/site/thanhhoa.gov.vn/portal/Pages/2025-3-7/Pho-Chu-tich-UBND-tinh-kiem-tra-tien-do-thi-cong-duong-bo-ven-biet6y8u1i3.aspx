<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Phó Chủ tịch UBND tỉnh kiểm tra tiến độ thi công đường bộ ven biển</title>
<meta property="og:title" content="Phó Chủ tịch UBND tỉnh kiểm tra tiến độ thi công đường bộ ven biển" />
<meta property="og:url" content="https://thanhhoa.gov.vn/portal/Pages/2025-3-7/Pho-Chu-tich-UBND-tinh-kiem-tra-tien-do-thi-cong-duong-bo-ven-biet6y8u1i3.aspx" />
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
<h1 class="article-title">Phó Chủ tịch UBND tỉnh kiểm tra tiến độ thi công đường bộ ven biển</h1>
<div class="news-date">Ngày 07/03/2025 17:45:00</div>
<div class="article-content">
<p style="text-align: justify;">Chiều 7/3, Phó Chủ tịch UBND tỉnh cùng lãnh đạo các sở, ngành đi kiểm tra tiến độ thi công dự án đường bộ ven biển đoạn qua các huyện Quảng Xương và Tĩnh Gia cũ.</p>
<p style="text-align: justify;">Đến nay, nhà thầu đã hoàn thành khoảng 58% khối lượng nền đường; riêng cầu qua sông Yên mới đạt 35% do vướng mặt bằng tại hai đầu cầu.</p>
<p style="text-align: center;"><!--replay:pad--></p>
<p style="text-align: justify;">Phó Chủ tịch UBND tỉnh yêu cầu UBND các huyện bàn giao toàn bộ mặt bằng còn lại cho nhà thầu trước ngày 30/4/2025, đồng thời bố trí đủ nhân lực, máy móc thi công ba ca.</p>
<p style="text-align: justify;">Mục tiêu đặt ra là thông xe kỹ thuật toàn tuyến trước ngày 30/9/2025.</p>
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
