<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Tin hoạt động</title>
</head>
<body>
<form method="post" action="View.aspx" id="aspnetForm">
<div class="header"><a class="logo" href="/" title="Báo điện tử Đảng Cộng sản Việt Nam"><img src="/Style%20Library/images/logo.png" alt="Báo điện tử Đảng Cộng sản Việt Nam"></a>
<ul class="main-menu"><li><a href="/trang-chu.html">Trang chủ</a></li><li><a href="/thoi-su.html">Thời sự</a></li><li><a href="/xay-dung-dang.html">Xây dựng Đảng</a></li><li><a href="/chinh-tri.html">Chính trị</a></li><li><a href="/kinh-te.html">Kinh tế</a></li><li><a href="/van-hoa-xa-hoi.html">Văn hóa - Xã hội</a></li><li><a href="/quoc-phong-an-ninh.html">Quốc phòng - An ninh</a></li><li><a href="/quoc-te.html">Quốc tế</a></li><li><a href="/tu-lieu.html">Tư liệu</a></li></ul></div>
<div id="KhuVuc_1" class="breadcrumb"><a href="/">Trang chủ</a> / Tin hoạt động</div>
<div id="KhuVuc_3" class="list-news">
<div class="item-news"><a class="item-title" href="/thoi-su/trien-khai-nhiem-vu-cong-tac-tuyen-giao-va-dan-van-6-thang-cuoi-nam-2025-699154.html">Triển khai nhiệm vụ công tác tuyên giáo và dân vận 6 tháng cuối năm 2025</a><span class="date">12/08/2025 10:30</span><p class="sapo">Sáng 12/8, Ban Tuyên giáo và Dân vận Trung ương tổ chức hội nghị trực tuyến toàn quốc sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025.</p></div>
<div class="item-news"><a class="item-title" href="/thoi-su/tong-bi-thu-to-lam-lam-viec-voi-ban-thuong-vu-thanh-uy-ha-noi-698812.html">Tổng Bí thư Tô Lâm làm việc với Ban Thường vụ Thành ủy Hà Nội</a><span class="date">06/08/2025 11:05</span><p class="sapo">Sáng nay (6/8), tại trụ sở Thành ủy, Tổng Bí thư Tô Lâm đã có buổi làm việc với Ban Thường vụ Thành ủy Hà Nội về tình hình thực hiện nhiệm vụ 7 tháng đầu năm và công tác chuẩn bị Đại hội Đảng bộ Thành phố.</p></div>
</div>
<div class="paging"><a href="View.aspx?Page=1">Trang trước</a> <span>Trang 1</span> <a href="View.aspx?Page=2">Trang sau</a></div>
<div id="KhuVuc_4" class="sidebar"><h3>Tin mới nhất</h3><a class="item-title" href="/thoi-su/trien-khai-nhiem-vu-cong-tac-tuyen-giao-va-dan-van-6-thang-cuoi-nam-2025-699154.html">Triển khai nhiệm vụ công tác tuyên giáo và dân vận 6 tháng cuối năm 2025</a></div>
<div class="footer"><p>Báo điện tử Đảng Cộng sản Việt Nam</p><p>Cơ quan chủ quản: Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam</p></div>
</form>
</body>
</html>
