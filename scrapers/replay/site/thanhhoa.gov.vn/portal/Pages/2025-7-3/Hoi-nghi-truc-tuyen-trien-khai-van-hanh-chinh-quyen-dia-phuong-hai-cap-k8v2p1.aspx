<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Hội nghị trực tuyến triển khai vận hành chính quyền địa phương hai cấp</title>
<meta name="description" content="Hội nghị trực tuyến triển khai vận hành chính quyền địa phương hai cấp" />
<meta property="og:title" content="Hội nghị trực tuyến triển khai vận hành chính quyền địa phương hai cấp" />
<meta property="og:url" content="https://thanhhoa.gov.vn/portal/Pages/2025-7-3/Hoi-nghi-truc-tuyen-trien-khai-van-hanh-chinh-quyen-dia-phuong-hai-cap-k8v2p1.aspx" />
<meta property="article:published_time" content="2025-07-03T17:00:00+07:00" />
<link rel="stylesheet" type="text/css" href="/portal/Style%20Library/css/portal.css" />
</head>
<body>
<form method="post" action="Hoi-nghi-truc-tuyen-trien-khai-van-hanh-chinh-quyen-dia-phuong-hai-cap-k8v2p1.aspx" id="aspnetForm">
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
<h1 class="article-title">Hội nghị trực tuyến triển khai vận hành chính quyền địa phương hai cấp</h1>
<div class="news-date">Đăng ngày 03 - 07 - 2025</div>
<div class="fontsize">Cỡ chữ: <a href="javascript:;">A-</a> <span>100%</span> <a href="javascript:;">A+</a></div>
<div class="article-content">
<p style="text-align: justify;">Ngày 03 tháng 7 năm 2025, đồng chí Đỗ Minh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì Hội nghị trực tuyến đánh giá tình hình vận hành chính quyền địa phương hai cấp sau 3 ngày chính thức hoạt động. Dự tại điểm cầu các xã, phường có lãnh đạo Đảng ủy, UBND và trung tâm phục vụ hành chính công các xã, phường.</p>
<p style="text-align: justify;">Theo báo cáo của Sở Nội vụ, các quyết định thành lập xã, phường mới có hiệu lực từ ngày 01/7/2025; toàn tỉnh đã tiếp nhận hơn 12.000 hồ sơ thủ tục hành chính, trong đó 96% được giải quyết đúng hạn. Một số xã còn thiếu máy tính, đường truyền chưa ổn định.</p>
<p style="text-align: center;"><img src="/portal/Photos/2025-07/hoi-nghi-truc-tuyen-03072025.jpg" alt="" /></p>
<p style="text-align: justify;">Kết luận hội nghị, Chủ tịch UBND tỉnh yêu cầu:</p>
<p style="text-align: justify;">- Các sở, ban, ngành hoàn thành việc bàn giao hồ sơ, tài liệu cho UBND các xã, phường trước ngày 31 tháng 7 năm 2025;</p>
<p style="text-align: justify;">- UBND các xã, phường bảo đảm trung tâm phục vụ hành chính công hoạt động thông suốt, không để gián đoạn việc giải quyết thủ tục cho người dân;</p>
<p style="text-align: justify;">- Sở Tài chính tham mưu bố trí kinh phí mua sắm trang thiết bị cho cấp xã trong tháng 7/2025.</p>
<p style="text-align: justify;">Đồng chí giao Văn phòng UBND tỉnh theo dõi, tổng hợp kết quả thực hiện, báo cáo Chủ tịch UBND tỉnh định kỳ hằng tuần.</p>
</div>
<div class="print-tools"><a href="javascript:window.print();">In bài</a> <a href="javascript:;" class="send-mail">Gửi email</a></div>
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
