<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=10" />
<title>Hội nghị toàn quốc về đột phá phát triển khoa học, công nghệ đổi mới sáng tạo và chuyển đổi số quốc gia</title>
<meta name="description" content="Hội nghị toàn quốc về đột phá phát triển khoa học, công nghệ đổi mới sáng tạo và chuyển đổi số quốc gia" />
<meta property="og:title" content="Hội nghị toàn quốc về đột phá phát triển khoa học, công nghệ đổi mới sáng tạo và chuyển đổi số quốc gia" />
<meta property="og:url" content="https://trieuson.thanhhoa.gov.vn/portal/Pages/2025-1-13/Hoi-nghi-toan-quoc-ve-dot-pha-phat-trien-khoa-hoc0tsn6otg.aspx" />
<meta property="article:published_time" content="2025-01-13T14:39:32+07:00" />
<link rel="stylesheet" type="text/css" href="/portal/Style%20Library/css/portal.css" />
<script type="text/javascript" src="/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="Hoi-nghi-toan-quoc-ve-dot-pha-phat-trien-khoa-hoc0tsn6otg.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWAgIDDxYCHgRUZXh0ZWRkZA==" />
<div id="s4-workspace">
<div class="header"><div class="banner"><a href="/portal/Pages/default.aspx" class="site-title">Cổng thông tin điện tử huyện Triệu Sơn</a></div>
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
<div class="box-poll">
<div class="box-title">Ý kiến thăm dò</div>
<div class="poll-question">Bạn quan tâm đến chuyên mục nào trên trang?</div>
<ul class="poll-options">
<li><input type="radio" name="poll" value="1" title="Tin tức sự kiện" /></li>
<li><input type="radio" name="poll" value="2" title="Chỉ đạo điều hành" /></li>
<li><input type="radio" name="poll" value="3" title="Văn bản pháp quy" /></li>
<li><input type="radio" name="poll" value="4" title="Thủ tục hành chính" /></li>
</ul>
<input type="button" class="btn" value="Biểu quyết" /> <input type="button" class="btn" value="Xem kết quả" />
</div>
<div class="box-counter">
<div class="box-title">Truy cập</div>
<table class="counter">
<tr><td class="label">Hôm nay:</td><td class="value">2033</td></tr>
<tr><td class="label">Hôm qua:</td><td class="value">3921</td></tr>
<tr><td class="label">Tuần này:</td><td class="value">10392</td></tr>
<tr><td class="label">Tháng này:</td><td class="value">68869</td></tr>
<tr><td class="label">Tất cả:</td><td class="value">8346375</td></tr>
</table>
</div>
</div>
<div class="col-main">
<div class="news-detail">
<h1 class="article-title">Hội nghị toàn quốc về đột phá phát triển khoa học, công nghệ đổi mới sáng tạo và chuyển đổi số quốc gia</h1>
<div class="news-date">Ngày 13/01/2025 14:39:32</div>
<div class="article-content">
<p style="text-align: justify;">Sáng 13/1, tại phòng họp Diên Hồng, tòa nhà Quốc hội, Bộ Chính trị tổ chức Hội nghị toàn quốc về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (KHCN, ĐMST&amp;CĐS) quốc gia.</p>
<p style="text-align: center;">z6223776869284_4e4a29bc4a68ea10f95ebe60afb6879e.jpg</p>
<p style="text-align: center;">&nbsp;z6223779978955_b64fa4e669e195b9df2d9589bda25e17.jpg</p>
<p style="text-align: center;">z6223782395748_1b0217fa5098f648ff6ac74e8a861d36.jpg</p>
<p style="text-align: center;">z6223783951974_4a1412afa24c04709c4f3c98beaf9e6f.jpg</p>
<p style="text-align: justify;">&nbsp;Các đại biểu dự hội nghị tại điểm cầu huyện Triệu Sơn.</p>
<p>&nbsp;</p>
<p style="text-align: justify;">&nbsp; &nbsp;Dự Hội nghị tại điểm cầu huyện Triệu Sơn có đồng chí Lê Quang Trung, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì. Cùng dự có các đồng chí Ủy viên Ban Thường vụ Huyện ủy; Ủy viên BCH Đảng bộ huyện đang công tác tại các cơ quan cấp huyện; các phòng, ban, ngành cấp huyện; tại điểm cầu các xã, thị trấn có Đồng chí Bí thư Đảng ủy các xã, thị trấn; Ủy viên Ban Chấp hành Đảng bộ; trưởng, phó các ban, ngành, Ủy ban MTTQ, các đoàn thể; bí thư chi bộ, trưởng, phó cấp thôn; hiệu trưởng các trường THPT, THCS đóng trên địa bàn.</p>
<p style="text-align: justify;">Tại hội nghị, đã công bố Quyết định của Bộ Chính trị về thành lập Ban Chỉ đạo Trung ương về phát triển KHCN, ĐMST&amp;CĐS quốc gia; quy định chức năng, nhiệm vụ, quyền hạn của Ban Chỉ đạo. Tổng Bí thư Tô Lâm làm Trưởng Ban Chỉ đạo.</p>
<p style="text-align: justify;">&nbsp; &nbsp; Các đại biểu đã nghe Báo cáo tóm tắt tình hình, kết quả thực hiện chủ trương, chính sách của Đảng, Nhà nước về phát triển KHCN, ĐMST&amp;CĐS thời gian qua. Quán triệt, triển khai Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển KHCN, ĐMST&amp;CĐS, đồng chí Thái Thanh Quý, Uỷ viên Trung ương Đảng, Phó trưởng ban Thường trực Ban Kinh tế Trung ương nêu lên 5 nhóm quan điểm chỉ đạo, Trong đó nhấn mạnh: Bộ Chính trị khẳng định vai trò đặc biệt quan trọng của KHCN, ĐMST&amp;CĐS quốc gia, xác định rõ đây là đột phá quan trọng hàng đầu, là động lực chính để phát triển nhanh lực lượng sản xuất hiện đại, hoàn thiện quan hệ sản xuất, đổi mới phương thức quản trị quốc gia, phát triển kinh tế - xã hội, ngăn chặn nguy cơ tụt hậu, đưa đất nước phát triển bứt phá, giàu mạnh trong kỷ nguyên mới...</p>
<p style="text-align: justify;">Nghị quyết đặt ra yêu cầu xuyên suốt, không tách rời là phải bảo đảm chủ quyền quốc gia trên không gian mạng; bảo đảm an ninh mạng, an ninh dữ liệu, an toàn thông tin của tổ chức và cá nhân. Đây là vấn đề đặc biệt quan trọng để đáp ứng yêu cầu phát triển bền vững, an ninh, an toàn. Nghị quyết cũng nêu lên 5 nhóm mục tiêu đến năm 2030, trong đó xác định mang tính định hướng về tiềm lực, trình độ KHCN, ĐMST và đặt ra mục tiêu cụ thể là Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á, nhóm 50 nước đứng đầu thế giới về năng lực cạnh tranh số và chỉ số phát triển Chính phủ điện tử. Nghị quyết số 57 đã đề ra 7 nhóm nhiệm vụ và giải pháp.</p>
<p style="text-align: justify;">&nbsp; &nbsp;Tại hội nghị, đồng chí Phạm Minh Chính, Uỷ viên Bộ Chính trị, Thủ tướng Chính phủ quán triệt nội dung, tinh thần Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị. Đồng chí Trần Thanh Mẫn, Uỷ viên Bộ Chính trị, Chủ tịch Quốc hội trình bày chủ trương, giải pháp về thể chế pháp luật để đột phá phát triển KHCN, ĐMST&amp;CĐS quốc gia.</p>
<p style="text-align: justify;">&nbsp; &nbsp; Phát biểu chỉ đạo hội nghị, Tổng Bí thư Tô Lâm nhấn mạnh, để đưa Nghị quyết 57 đi vào cuộc sống một cách hiệu quả và kịp thời, Tổng Bí thư nêu rõ cần thống nhất nhận thức và hành động. Xác định phát triển KHCN, ĐMST&amp;CĐS là nhiệm vụ chiến lược của toàn Đảng, toàn dân và toàn quân. Trung ương đã gương mẫu hành động với Chương trình hành động kèm theo được quán triệt ngay hôm nay. Các cấp ủy, chính quyền cần cụ thể hóa Nghị quyết bằng các kế hoạch sát thực tiễn, lấy kết quả triển khai làm tiêu chí đánh giá thi đua, khen thưởng. Mọi nhiệm vụ sẽ được giám sát, đánh giá thường xuyên; làm tốt được khen thưởng, làm chậm hoặc sai phạm sẽ bị phê bình, xử lý. Lãnh đạo yếu kém, thiếu trách nhiệm sẽ bị thay thế ngay, không để đất nước lỡ cơ hội phát triển. Các cấp ủy, chính quyền, đơn vị cần lập kế hoạch cụ thể, bám sát mục tiêu Nghị quyết 57, với nhiệm vụ rõ ràng, phân công cụ thể, thời gian hoàn thành và kết quả đo lường được. Ngay trong năm 2025 này, cần phải lựa chọn và giải quyết những vấn đề rất căn cơ, tạo nền tảng cho giai đoạn 2026-2030, tạo cú hích cho năng suất lao động mới, tạo niềm tin cho xã hội. Tổng Bí thư đề nghị, phải khẩn trương hoàn thiện thể chế, chính sách; trong năm 2025, càng sớm càng tốt phải hoàn thành việc sửa đổi, bổ sung hoặc ban hành mới các quy định pháp luật, cơ chế chính sách, tháo gỡ hết các điểm nghẽn, rào cản để phát triển KHCN, ĐMST&amp;CĐS; giải phóng tối đa sức sáng tạo; khuyến khích người năng động sáng tạo, dám nghĩ, dám làm trước hết phải bằng chính các quy định của pháp luật, tạo không gian cho người quản lý quyết định và chịu trách nhiệm.</p>
<p style="text-align: justify;">&nbsp; &nbsp; Tổng Bí thư chỉ rõ, khẩn trương sắp xếp lại bộ máy về KHCN. Trong quý I/2025, hoàn thành việc sắp xếp lại các tổ chức KHCN; tập trung đầu tư trọng điểm để phát triển các tổ chức nghiên cứu mạnh. Có kế hoạch cụ thể để xây dựng nguồn nhân lực chất lượng cao, nhất là nhân tài KHCN. Triển khai các giải pháp đột phá để thu hút các tập đoàn công nghệ hàng đầu, thu hút nhân tài công nghệ là người Việt và người nước ngoài tới làm việc. Ưu tiên bố trí ngân sách cho KHCN xứng tầm là quốc sách đột phá. Quyết tâm thực hiện cuộc cách mạng phát triển KHCN, ĐMST&amp;CĐS, không để lỡ thời cơ thêm lần nữa, Tổng Bí thư Tô Lâm kêu gọi toàn Đảng, toàn dân, toàn quân đoàn kết, sáng tạo, thực hiện thành công các nhiệm vụ, đưa Nghị quyết 57 nhanh chóng vào cuộc sống, xây dựng một Việt Nam hòa bình, thống nhất, độc lập, dân chủ và giàu mạnh, như mong ước của Chủ tịch Hồ Chí Minh.Với nền tảng chính trị, pháp lý vững chắc và sự đồng thuận cao từ toàn Đảng, Nhân dân và giới trí thức, Tổng Bí thư tin tưởng, Nghị quyết sẽ tạo ra bước đột phá, góp phần phát triển kinh tế - xã hội và đảm bảo quốc phòng, an ninh.</p>
<p style="text-align: justify;">&nbsp; &nbsp; &nbsp;Phát biểu kết thúc hội nghị tại điểm cầu tỉnh Thanh Hóa, Bí thư Tỉnh ủy Nguyễn Doãn Anh nêu rõ: Hội nghị toàn quốc về đột phá phát triển KHCN, ĐMST&amp;CĐS quốc gia – là hội nghị rất đặc biệt, được ví như Nghị quyết khoán 10. Chính vì vậy các đại biểu dự hội nghị cần phải quán triệt nghiêm túc đầy đủ các nội dung được các đồng chí lãnh đạo Đảng, Nhà nước đã phát biểu tại hội nghị.Trên tinh thần nội dung Nghị quyết số 57, Bí thư Tỉnh ủy Nguyễn Doãn Anh đề nghị các cấp, các ngành, địa phương cần nhanh chóng hoàn thiện thành lập Ban Chỉ đạo từ tỉnh đến các cấp; Ban Cán sự Đảng UBND tỉnh rà soát lại các văn bản có liên quan về phát triển KHCN, ĐMST&amp;CĐS, nhanh chóng xây dựng kế hoạch chương trình hành động theo đúng chỉ đạo của Thủ tướng Chính phủ xong trước ngày 25/1/2025. Đồng thời Chủ tịch UBND tỉnh, huyện, thị xã, thành phố tập trung chỉ đạo việc thực hiện với các nhiệm vụ giải pháp cụ thể và tăng cường kiểm tra, giám sát trong công tác triển khai thực hiện Nghị quyết 57 của Bộ Chính trị. Các cơ quan chức năng cần phải xây dựng cơ sở dữ liệu về phát triển KHCN, ĐMST&amp;CĐS. Sở tài nguyên và Môi trường cần phải khẩn trương hoàn thiện lấy số liệu đo đạc đất đai.</p>
<p style="text-align: justify;">Đồng chí Bí thư Tỉnh ủy Nguyễn Doãn Anh nhấn mạnh: Việc thực hiện Nghị quyết số 57 trên địa bàn tỉnh Thanh Hóa cần phải xác định rõ mục tiêu là phát triển kinh tế - xã hội, đem lại đời sống ấm no cho Nhân dân.</p>
<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; Lê Anh</p>
<p>&nbsp;</p>
<p class="print-title"><strong>Hội nghị toàn quốc về đột phá phát triển khoa học, công nghệ đổi mới sáng tạo và chuyển đổi số quốc gia</strong></p>
<p class="print-date">Đăng lúc: 13/01/2025 14:39:32 (GMT+7)</p>
<p style="text-align: justify;">Sáng 13/1, tại phòng họp Diên Hồng, tòa nhà Quốc hội, Bộ Chính trị tổ chức Hội nghị toàn quốc về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (KHCN, ĐMST&amp;CĐS) quốc gia.</p>
<p style="text-align: center;">z6223776869284_4e4a29bc4a68ea10f95ebe60afb6879e.jpg</p>
<p style="text-align: center;">&nbsp;z6223779978955_b64fa4e669e195b9df2d9589bda25e17.jpg</p>
<p style="text-align: center;">z6223782395748_1b0217fa5098f648ff6ac74e8a861d36.jpg</p>
<p style="text-align: center;">z6223783951974_4a1412afa24c04709c4f3c98beaf9e6f.jpg</p>
<p style="text-align: justify;">&nbsp;Các đại biểu dự hội nghị tại điểm cầu huyện Triệu Sơn.</p>
<p>&nbsp;</p>
<p style="text-align: justify;">&nbsp; &nbsp;Dự Hội nghị tại điểm cầu huyện Triệu Sơn có đồng chí Lê Quang Trung, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện chủ trì. Cùng dự có các đồng chí Ủy viên Ban Thường vụ Huyện ủy; Ủy viên BCH Đảng bộ huyện đang công tác tại các cơ quan cấp huyện; các phòng, ban, ngành cấp huyện; tại điểm cầu các xã, thị trấn có Đồng chí Bí thư Đảng ủy các xã, thị trấn; Ủy viên Ban Chấp hành Đảng bộ; trưởng, phó các ban, ngành, Ủy ban MTTQ, các đoàn thể; bí thư chi bộ, trưởng, phó cấp thôn; hiệu trưởng các trường THPT, THCS đóng trên địa bàn.</p>
<p style="text-align: justify;">Tại hội nghị, đã công bố Quyết định của Bộ Chính trị về thành lập Ban Chỉ đạo Trung ương về phát triển KHCN, ĐMST&amp;CĐS quốc gia; quy định chức năng, nhiệm vụ, quyền hạn của Ban Chỉ đạo. Tổng Bí thư Tô Lâm làm Trưởng Ban Chỉ đạo.</p>
<p style="text-align: justify;">&nbsp; &nbsp; Các đại biểu đã nghe Báo cáo tóm tắt tình hình, kết quả thực hiện chủ trương, chính sách của Đảng, Nhà nước về phát triển KHCN, ĐMST&amp;CĐS thời gian qua. Quán triệt, triển khai Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển KHCN, ĐMST&amp;CĐS, đồng chí Thái Thanh Quý, Uỷ viên Trung ương Đảng, Phó trưởng ban Thường trực Ban Kinh tế Trung ương nêu lên 5 nhóm quan điểm chỉ đạo, Trong đó nhấn mạnh: Bộ Chính trị khẳng định vai trò đặc biệt quan trọng của KHCN, ĐMST&amp;CĐS quốc gia, xác định rõ đây là đột phá quan trọng hàng đầu, là động lực chính để phát triển nhanh lực lượng sản xuất hiện đại, hoàn thiện quan hệ sản xuất, đổi mới phương thức quản trị quốc gia, phát triển kinh tế - xã hội, ngăn chặn nguy cơ tụt hậu, đưa đất nước phát triển bứt phá, giàu mạnh trong kỷ nguyên mới...</p>
<p style="text-align: justify;">Nghị quyết đặt ra yêu cầu xuyên suốt, không tách rời là phải bảo đảm chủ quyền quốc gia trên không gian mạng; bảo đảm an ninh mạng, an ninh dữ liệu, an toàn thông tin của tổ chức và cá nhân. Đây là vấn đề đặc biệt quan trọng để đáp ứng yêu cầu phát triển bền vững, an ninh, an toàn. Nghị quyết cũng nêu lên 5 nhóm mục tiêu đến năm 2030, trong đó xác định mang tính định hướng về tiềm lực, trình độ KHCN, ĐMST và đặt ra mục tiêu cụ thể là Việt Nam thuộc nhóm 3 nước dẫn đầu Đông Nam Á, nhóm 50 nước đứng đầu thế giới về năng lực cạnh tranh số và chỉ số phát triển Chính phủ điện tử. Nghị quyết số 57 đã đề ra 7 nhóm nhiệm vụ và giải pháp.</p>
<p style="text-align: justify;">&nbsp; &nbsp;Tại hội nghị, đồng chí Phạm Minh Chính, Uỷ viên Bộ Chính trị, Thủ tướng Chính phủ quán triệt nội dung, tinh thần Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị. Đồng chí Trần Thanh Mẫn, Uỷ viên Bộ Chính trị, Chủ tịch Quốc hội trình bày chủ trương, giải pháp về thể chế pháp luật để đột phá phát triển KHCN, ĐMST&amp;CĐS quốc gia.</p>
<p style="text-align: justify;">&nbsp; &nbsp; Phát biểu chỉ đạo hội nghị, Tổng Bí thư Tô Lâm nhấn mạnh, để đưa Nghị quyết 57 đi vào cuộc sống một cách hiệu quả và kịp thời, Tổng Bí thư nêu rõ cần thống nhất nhận thức và hành động. Xác định phát triển KHCN, ĐMST&amp;CĐS là nhiệm vụ chiến lược của toàn Đảng, toàn dân và toàn quân. Trung ương đã gương mẫu hành động với Chương trình hành động kèm theo được quán triệt ngay hôm nay. Các cấp ủy, chính quyền cần cụ thể hóa Nghị quyết bằng các kế hoạch sát thực tiễn, lấy kết quả triển khai làm tiêu chí đánh giá thi đua, khen thưởng. Mọi nhiệm vụ sẽ được giám sát, đánh giá thường xuyên; làm tốt được khen thưởng, làm chậm hoặc sai phạm sẽ bị phê bình, xử lý. Lãnh đạo yếu kém, thiếu trách nhiệm sẽ bị thay thế ngay, không để đất nước lỡ cơ hội phát triển. Các cấp ủy, chính quyền, đơn vị cần lập kế hoạch cụ thể, bám sát mục tiêu Nghị quyết 57, với nhiệm vụ rõ ràng, phân công cụ thể, thời gian hoàn thành và kết quả đo lường được. Ngay trong năm 2025 này, cần phải lựa chọn và giải quyết những vấn đề rất căn cơ, tạo nền tảng cho giai đoạn 2026-2030, tạo cú hích cho năng suất lao động mới, tạo niềm tin cho xã hội. Tổng Bí thư đề nghị, phải khẩn trương hoàn thiện thể chế, chính sách; trong năm 2025, càng sớm càng tốt phải hoàn thành việc sửa đổi, bổ sung hoặc ban hành mới các quy định pháp luật, cơ chế chính sách, tháo gỡ hết các điểm nghẽn, rào cản để phát triển KHCN, ĐMST&amp;CĐS; giải phóng tối đa sức sáng tạo; khuyến khích người năng động sáng tạo, dám nghĩ, dám làm trước hết phải bằng chính các quy định của pháp luật, tạo không gian cho người quản lý quyết định và chịu trách nhiệm.</p>
<p style="text-align: justify;">&nbsp; &nbsp; Tổng Bí thư chỉ rõ, khẩn trương sắp xếp lại bộ máy về KHCN. Trong quý I/2025, hoàn thành việc sắp xếp lại các tổ chức KHCN; tập trung đầu tư trọng điểm để phát triển các tổ chức nghiên cứu mạnh. Có kế hoạch cụ thể để xây dựng nguồn nhân lực chất lượng cao, nhất là nhân tài KHCN. Triển khai các giải pháp đột phá để thu hút các tập đoàn công nghệ hàng đầu, thu hút nhân tài công nghệ là người Việt và người nước ngoài tới làm việc. Ưu tiên bố trí ngân sách cho KHCN xứng tầm là quốc sách đột phá. Quyết tâm thực hiện cuộc cách mạng phát triển KHCN, ĐMST&amp;CĐS, không để lỡ thời cơ thêm lần nữa, Tổng Bí thư Tô Lâm kêu gọi toàn Đảng, toàn dân, toàn quân đoàn kết, sáng tạo, thực hiện thành công các nhiệm vụ, đưa Nghị quyết 57 nhanh chóng vào cuộc sống, xây dựng một Việt Nam hòa bình, thống nhất, độc lập, dân chủ và giàu mạnh, như mong ước của Chủ tịch Hồ Chí Minh.Với nền tảng chính trị, pháp lý vững chắc và sự đồng thuận cao từ toàn Đảng, Nhân dân và giới trí thức, Tổng Bí thư tin tưởng, Nghị quyết sẽ tạo ra bước đột phá, góp phần phát triển kinh tế - xã hội và đảm bảo quốc phòng, an ninh.</p>
<p style="text-align: justify;">&nbsp; &nbsp; &nbsp;Phát biểu kết thúc hội nghị tại điểm cầu tỉnh Thanh Hóa, Bí thư Tỉnh ủy Nguyễn Doãn Anh nêu rõ: Hội nghị toàn quốc về đột phá phát triển KHCN, ĐMST&amp;CĐS quốc gia – là hội nghị rất đặc biệt, được ví như Nghị quyết khoán 10. Chính vì vậy các đại biểu dự hội nghị cần phải quán triệt nghiêm túc đầy đủ các nội dung được các đồng chí lãnh đạo Đảng, Nhà nước đã phát biểu tại hội nghị.Trên tinh thần nội dung Nghị quyết số 57, Bí thư Tỉnh ủy Nguyễn Doãn Anh đề nghị các cấp, các ngành, địa phương cần nhanh chóng hoàn thiện thành lập Ban Chỉ đạo từ tỉnh đến các cấp; Ban Cán sự Đảng UBND tỉnh rà soát lại các văn bản có liên quan về phát triển KHCN, ĐMST&amp;CĐS, nhanh chóng xây dựng kế hoạch chương trình hành động theo đúng chỉ đạo của Thủ tướng Chính phủ xong trước ngày 25/1/2025. Đồng thời Chủ tịch UBND tỉnh, huyện, thị xã, thành phố tập trung chỉ đạo việc thực hiện với các nhiệm vụ giải pháp cụ thể và tăng cường kiểm tra, giám sát trong công tác triển khai thực hiện Nghị quyết 57 của Bộ Chính trị. Các cơ quan chức năng cần phải xây dựng cơ sở dữ liệu về phát triển KHCN, ĐMST&amp;CĐS. Sở tài nguyên và Môi trường cần phải khẩn trương hoàn thiện lấy số liệu đo đạc đất đai.</p>
<p style="text-align: justify;">Đồng chí Bí thư Tỉnh ủy Nguyễn Doãn Anh nhấn mạnh: Việc thực hiện Nghị quyết số 57 trên địa bàn tỉnh Thanh Hóa cần phải xác định rõ mục tiêu là phát triển kinh tế - xã hội, đem lại đời sống ấm no cho Nhân dân.</p>
<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; &nbsp; Lê Anh</p>
</div>
<div class="print-tools"><a href="javascript:window.print();">In bài</a> <a href="javascript:;" class="send-mail">Gửi email</a></div>
</div>
</div>
</div>
<div class="footer"><p>Cổng thông tin điện tử huyện Triệu Sơn</p><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Triệu Sơn, tỉnh Thanh Hóa</p></div>
</div>
</form>
<script type="text/javascript">//<![CDATA[
var _spPageContextInfo = {webServerRelativeUrl: "/portal", siteAbsoluteUrl: "https://trieuson.thanhhoa.gov.vn"};
//]]></script>
</body>
</html>
