"""Quirk and failure fixtures: what a production crawler meets, each served by the replay server.

Most sit on the provincial portal platform (shared/sites.md §8), linked from a second channel,
https://thanhhoa.gov.vn/portal/KenhTin/Chi-dao-dieu-hanh.aspx. The article texts are short
originals written for these fixtures (a provincial People's Committee at work: a meeting, a
directive, a deadline). Each fixture is one FIXTURES row: where it should end up is stated there
(`expect`), and tests/test_crawl_failures.py checks the crawl against it.

The quochoi.vn cookie challenge is put on an article the quochoi builder (other_sites.py) lays out.
"""

from __future__ import annotations

import json
import unicodedata
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import generate  # noqa: E402  (generate.py puts its folder on sys.path)
from generate import attr, esc  # noqa: E402

REPLAY = Path(__file__).resolve().parents[1]
VN = timezone(timedelta(hours=7))

HOST = "thanhhoa.gov.vn"
BASE = f"https://{HOST}"
CHANNEL = "/portal/KenhTin/Chi-dao-dieu-hanh.aspx"
CHANNEL_URL = BASE + CHANNEL
OWNER = "Ủy ban nhân dân tỉnh Thanh Hóa"
SITE_TITLE = "Cổng thông tin điện tử tỉnh Thanh Hóa"
ROBOTS_HOST = "muonglat.thanhhoa.gov.vn"  # a legacy district portal that disallows its pages
PAD_TO = 30 * 1024 * 1024  # the "30 MB" article (below Scrapy's 32 MiB DOWNLOAD_WARNSIZE)
PAD_MARKER = "<!--replay:pad-->"  # vngov/replay.py inserts the inline image here
CHALLENGE_COOKIE = {"name": "D1N", "value": "5f0c8e2a91d34b7c8a6e1f2d3b4c5a69"}




# --- the texts --------------------------------------------------------------------------------------

ARTICLES = {
    "retry": {
        "title": "UBND tỉnh họp phiên thường kỳ tháng 3, bàn giải pháp thúc đẩy tăng trưởng quý II",
        "published": datetime(2025, 3, 28, 16, 20, tzinfo=VN),
        "body": [
            "Chiều 27/3, Ủy ban nhân dân tỉnh tổ chức phiên họp thường kỳ tháng 3/2025 để đánh giá tình hình "
            "kinh tế - xã hội quý I và thảo luận các nhiệm vụ trọng tâm của quý II.",
            "Theo báo cáo tại phiên họp, tổng sản phẩm trên địa bàn quý I ước tăng 8,6% so với cùng kỳ, thu "
            "ngân sách đạt 27% dự toán năm. Tuy vậy, giải ngân vốn đầu tư công còn chậm và một số dự án trọng "
            "điểm vẫn vướng mặt bằng.",
            "Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành và UBND cấp huyện tập trung tháo gỡ "
            "khó khăn cho doanh nghiệp, không để hồ sơ thủ tục hành chính tồn đọng quá hạn.",
            "Sở Tài chính được giao chủ trì rà soát, đề xuất điều chuyển vốn của các dự án chậm giải ngân, báo "
            "cáo UBND tỉnh trước ngày 15/4/2025.",
        ],
    },
    "redirects": {
        "title": "Chủ tịch UBND tỉnh chỉ đạo đẩy nhanh giải ngân vốn đầu tư công năm 2025",
        "published": datetime(2025, 3, 18, 9, 5, tzinfo=VN),
        "body": [
            "Ngày 17/3, Chủ tịch UBND tỉnh ký văn bản chỉ đạo các chủ đầu tư đẩy nhanh tiến độ thực hiện và "
            "giải ngân kế hoạch vốn đầu tư công năm 2025.",
            "Văn bản nêu rõ, đến giữa tháng 3 tỷ lệ giải ngân của toàn tỉnh mới đạt 11,2% kế hoạch vốn giao, "
            "thấp hơn bình quân chung cả nước.",
            "Chủ tịch UBND tỉnh yêu cầu người đứng đầu các chủ đầu tư chịu trách nhiệm trước UBND tỉnh về tiến "
            "độ giải ngân; phấn đấu đến ngày 30/6/2025 giải ngân đạt ít nhất 50% kế hoạch vốn.",
            "Các dự án không đạt tiến độ theo cam kết sẽ bị điều chuyển vốn cho dự án có khả năng giải ngân tốt hơn.",
        ],
    },
    "cp1258": {
        "title": "Ủy ban nhân dân tỉnh chỉ đạo khẩn trương phòng, chống hạn hán và xâm nhập mặn",
        "published": datetime(2025, 3, 14, 10, 30, tzinfo=VN),
        "body": [
            "Trước diễn biến bất thường của thời tiết, Ủy ban nhân dân tỉnh vừa ban hành công điện yêu cầu các "
            "huyện ven biển chủ động phòng, chống hạn hán và xâm nhập mặn trong vụ Đông Xuân.",
            "Những ngày qua, độ mặn đo được tại cửa sông Lạch Bạng và sông Yên đã vượt ngưỡng cho phép; nhiều "
            "diện tích lúa đang thì đẻ nhánh có nguy cơ thiếu nước tưới.",
            "Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Công ty "
            "Thủy lợi vận hành hợp lý các trạm bơm, ưu tiên nước sinh hoạt cho người dân vùng bị ảnh hưởng.",
            "Các địa phương phải rà soát, thống kê diện tích có nguy cơ hạn, mặn và báo cáo kết quả về Ủy ban "
            "nhân dân tỉnh trước ngày 25/3/2025; những nơi thiếu nước kéo dài được hướng dẫn chuyển đổi sang "
            "cây trồng cạn.",
        ],
    },
    "gzip": {
        "title": "Hội nghị trực tuyến triển khai kế hoạch chuyển đổi số năm 2025",
        "published": datetime(2025, 3, 11, 15, 0, tzinfo=VN),
        "body": [
            "Sáng 11/3, UBND tỉnh tổ chức hội nghị trực tuyến đến 27 điểm cầu cấp huyện để triển khai kế hoạch "
            "chuyển đổi số năm 2025.",
            "Năm 2024, tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình của tỉnh đạt 62%, tăng "
            "18 điểm phần trăm so với năm trước.",
            "Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành hoàn thành việc số hóa hồ sơ, kết quả giải quyết thủ "
            "tục hành chính còn hiệu lực trước ngày 31/5/2025.",
            "Sở Khoa học và Công nghệ được giao hướng dẫn, đôn đốc và tổng hợp kết quả thực hiện, báo cáo UBND "
            "tỉnh hằng quý.",
        ],
    },
    "huge": {
        "title": "Phó Chủ tịch UBND tỉnh kiểm tra tiến độ thi công đường bộ ven biển",
        "published": datetime(2025, 3, 7, 17, 45, tzinfo=VN),
        "body": [
            "Chiều 7/3, Phó Chủ tịch UBND tỉnh cùng lãnh đạo các sở, ngành đi kiểm tra tiến độ thi công dự án "
            "đường bộ ven biển đoạn qua các huyện Quảng Xương và Tĩnh Gia cũ.",
            "Đến nay, nhà thầu đã hoàn thành khoảng 58% khối lượng nền đường; riêng cầu qua sông Yên mới đạt "
            "35% do vướng mặt bằng tại hai đầu cầu.",
            "Phó Chủ tịch UBND tỉnh yêu cầu UBND các huyện bàn giao toàn bộ mặt bằng còn lại cho nhà thầu trước "
            "ngày 30/4/2025, đồng thời bố trí đủ nhân lực, máy móc thi công ba ca.",
            "Mục tiêu đặt ra là thông xe kỹ thuật toàn tuyến trước ngày 30/9/2025.",
        ],
    },
    "fallback": {
        "title": "UBND tỉnh họp bàn phương án sắp xếp đơn vị hành chính cấp xã",
        "published": datetime(2025, 3, 5, 14, 10, tzinfo=VN),
        "body": [
            "Ngày 5/3, Thường trực UBND tỉnh họp nghe Sở Nội vụ báo cáo phương án sắp xếp đơn vị hành chính cấp "
            "xã giai đoạn 2025 - 2026.",
            "Theo dự thảo, toàn tỉnh dự kiến giảm 142 đơn vị hành chính cấp xã; trụ sở dôi dư sẽ được ưu tiên "
            "chuyển đổi thành trường học, trạm y tế hoặc nhà văn hóa.",
            "Chủ tịch UBND tỉnh giao Sở Nội vụ tiếp thu ý kiến các thành viên, hoàn chỉnh hồ sơ đề án và trình "
            "UBND tỉnh trước ngày 20/3/2025.",
        ],
    },
    "truncated": {
        "title": "UBND tỉnh yêu cầu hoàn thành cấp giấy chứng nhận quyền sử dụng đất lần đầu",
        "published": datetime(2025, 3, 21, 8, 40, tzinfo=VN),
        "body": [
            "UBND tỉnh vừa có văn bản yêu cầu UBND các huyện, thị xã, thành phố đẩy nhanh việc cấp giấy chứng "
            "nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân.",
            "Hiện toàn tỉnh còn hơn 31.000 thửa đất đủ điều kiện nhưng chưa được cấp giấy chứng nhận, tập trung "
            "ở các huyện miền núi.",
            "UBND tỉnh yêu cầu hoàn thành việc cấp giấy cho các thửa đất đủ điều kiện trước ngày 31/12/2025; "
            "Sở Tài nguyên và Môi trường chủ trì kiểm tra, đôn đốc hằng tháng.",
            "Người đứng đầu địa phương để tồn đọng hồ sơ kéo dài sẽ bị xem xét trách nhiệm.",
        ],
    },
    "stall": {
        "title": "Thường trực UBND tỉnh làm việc về công tác cải cách hành chính",
        "published": datetime(2025, 3, 13, 9, 0, tzinfo=VN),
        "body": [
            "Sáng 13/3, Thường trực UBND tỉnh làm việc với Sở Nội vụ về kết quả cải cách hành chính năm 2024.",
            "Chủ tịch UBND tỉnh yêu cầu hoàn thành kế hoạch khắc phục các chỉ số thành phần bị giảm điểm trước "
            "ngày 15/4/2025.",
        ],
    },
    "robots": {
        "title": "UBND huyện Mường Lát triển khai nhiệm vụ giảm nghèo bền vững năm 2025",
        "published": datetime(2025, 3, 12, 10, 0, tzinfo=VN),
        "body": [
            "UBND huyện Mường Lát tổ chức hội nghị triển khai nhiệm vụ giảm nghèo bền vững năm 2025.",
            "Huyện phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 30% trước ngày 31/12/2025.",
        ],
    },
    "soft404": {
        "title": "Thông báo tuyển dụng viên chức năm 2025",
        "published": datetime(2025, 3, 4, 8, 0, tzinfo=VN),
        "body": [],
    },
}


# --- pages --------------------------------------------------------------------------------------------


def article_url(key: str, slug: str, suffix: str, host: str = HOST) -> str:
    p = ARTICLES[key]["published"]
    return f"https://{host}/portal/Pages/{p.year}-{p.month}-{p.day}/{slug}{suffix}.aspx"


def path_of(url: str) -> str:
    return url.split("://", 1)[1]


def portal_page(*, title: str, body: str, head_extra: str = "", charset: str = "utf-8",
                site_title: str = SITE_TITLE, owner: str = OWNER) -> str:
    """The platform's chrome: generate.py's portal page, with this page's charset declared."""
    head = (f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}" />\n'
            f"<title>{esc(title)}</title>\n{head_extra}</head>")
    return generate.portal_page(site_title=site_title, owner=owner, host=HOST, action="default.aspx",
                                body=body, sidebar="", head_html=head)


def article_page(key: str, url: str, *, charset: str = "utf-8", padded: bool = False,
                 site_title: str = SITE_TITLE, owner: str = OWNER) -> str:
    a = ARTICLES[key]
    p = a["published"]
    paragraphs = [f'<p style="text-align: justify;">{esc(t)}</p>' for t in a["body"]]
    if padded:  # the photo of the site visit, pasted into the editor as an inline image
        paragraphs.insert(2, f'<p style="text-align: center;">{PAD_MARKER}</p>')
    head = (f'<meta property="og:title" content="{attr(a["title"])}" />\n'
            f'<meta property="og:url" content="{attr(url)}" />\n')
    body = f"""<div class="news-detail">
<h1 class="article-title">{esc(a["title"])}</h1>
<div class="news-date">Ngày {p:%d/%m/%Y %H:%M:%S}</div>
<div class="article-content">
{chr(10).join(paragraphs)}
</div>
<div class="print-tools"><a href="javascript:window.print();">In bài</a></div>
</div>"""
    return portal_page(title=a["title"], body=body, head_extra=head, charset=charset,
                       site_title=site_title, owner=owner)


def legacy_page(key: str, url: str) -> str:
    """An older news module of the portal (no .article-content): only the generic parser reads it."""
    a = ARTICLES[key]
    p = a["published"]
    paragraphs = "\n".join(f"<p>{esc(t)}</p>" for t in a["body"])
    head = (f'<meta property="og:title" content="{attr(a["title"])}" />\n'
            f'<meta property="article:published_time" content="{p.isoformat()}" />\n')
    body = f"""<table class="tin-chi-tiet" width="100%"><tr><td>
<h1 class="tieude">{esc(a["title"])}</h1>
<div class="ngay-dang">Cập nhật: {p:%d/%m/%Y}</div>
<div class="noidung">
{paragraphs}
</div>
</td></tr></table>"""
    return portal_page(title=a["title"], body=body, head_extra=head)


def soft_404_page() -> str:
    """A 200 answer for a removed article: no body container, no date; nothing to read."""
    body = """<div class="news-detail">
<div class="thong-bao">Nội dung không tồn tại hoặc đã được gỡ bỏ.</div>
<a href="/portal/Pages/default.aspx">Về trang chủ</a>
</div>"""
    return portal_page(title="Thông báo", body=body)


def cp1258_bytes(text: str) -> bytes:
    """Encode as windows-1258 the way legacy editors did: a precomposed letter the code page lacks
    is written as its base letter (with its vowel mark, if the code page has that) plus a
    combining tone mark, so decoding gives combining marks until it is normalised (NFC)."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        marks = "".join(c for c in decomposed if c in tones)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out.append((base + marks).encode("cp1258"))  # raises for text the code page cannot hold
    return b"".join(out)


def minimal_pdf(lines: list[str]) -> bytes:
    """A small valid PDF (one page, Helvetica text, correct xref offsets)."""
    text = "BT /F1 12 Tf 72 770 Td 16 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for line in lines
    ) + " ET"
    stream = zlib.compress(text.encode("latin-1"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def channel_page(items: list[tuple[str, str, datetime]]) -> str:
    rows = "\n".join(f"""<div class="news-item">
<a class="news-title" href="{attr(href)}">{esc(title)}</a>
<span class="news-date">({when:%d/%m/%Y})</span>
</div>""" for href, title, when in items)
    body = f"""<div class="channel">
<h1 class="channel-title">Chỉ đạo điều hành</h1>
{rows}
<div class="paging"><span class="current">1</span></div>
</div>"""
    return portal_page(title="Chỉ đạo điều hành", body=body)


def robots(*disallow: str) -> str:
    return "User-agent: *\n" + "".join(f"Disallow: {p}\n" for p in disallow) + "Allow: /\n"


# --- the fixtures -------------------------------------------------------------------------------------

# (fixture, linked URL, listing title, where it should end up)
#   expect: ("article", key) | ("reject", stage, reason prefix)
R = {
    "missing": f"{BASE}/portal/Pages/2025-3-3/Ket-luan-cua-Chu-tich-UBND-tinh-tai-buoi-lam-viec-voi-huyen-Nga-Sq7w2e9r1.aspx",
    "retry": article_url("retry", "UBND-tinh-hop-phien-thuong-ky-thang-3-ban-giai-phap-thuc-day-tan", "h4k8m2p6"),
    "stall": article_url("stall", "Thuong-truc-UBND-tinh-lam-viec-ve-cong-tac-cai-cach-hanh-chinh", "z3x5c7v9"),
    "redirect_1": f"{BASE}/portal/pages/2025-03-18/chu-tich-ubnd-tinh-chi-dao-day-nhanh-giai-ngan-von-468812.aspx",
    "redirect_2": f"http://{HOST}/portal/Pages/2025-3-18/468812.aspx",
    "redirect_3": article_url("redirects", "Chu-tich-UBND-tinh-chi-dao-day-nhanh-giai-ngan-von-dau-tu-cong", "k3j5h7g9", host="www." + HOST),
    "redirects": article_url("redirects", "Chu-tich-UBND-tinh-chi-dao-day-nhanh-giai-ngan-von-dau-tu-cong", "k3j5h7g9"),
    "private": f"{BASE}/portal/Pages/2025-3-19/Lich-tiep-cong-dan-dinh-ky-cua-Chu-tich-UBND-tinh-thanr4t6y8u2.aspx",
    "loopback": f"{BASE}/portal/Pages/2025-3-17/Huong-dan-nop-ho-so-truc-tuyen-tren-Cong-dich-vu-cong-tin2w4e6r8.aspx",
    "metadata": f"{BASE}/portal/Pages/2025-3-16/Cong-khai-ket-qua-giai-quyet-thu-tuc-hanh-chinh-thang-2m1n3b5v.aspx",
    "robots": article_url("robots", "UBND-huyen-Muong-Lat-trien-khai-nhiem-vu-giam-ngheo-ben-vung-na", "p9o7i5u3", host=ROBOTS_HOST),
    "cp1258": article_url("cp1258", "Uy-ban-nhan-dan-tinh-chi-dao-khan-truong-phong-chong-han-han-va", "a1s3d5f7"),
    "truncated": article_url("truncated", "UBND-tinh-yeu-cau-hoan-thanh-cap-giay-chung-nhan-quyen-su-dung", "g2h4j6k8"),
    "pdf": f"{BASE}/portal/Pages/2025-3-20/Thong-bao-ket-luan-phien-hop-UBND-tinh-thang-3-nam-2025x8k2m4p1.aspx",
    "pdf_file": f"{BASE}/portal/VanBan/2025-03/TB-45-UBND.pdf",
    "gzip": article_url("gzip", "Hoi-nghi-truc-tuyen-trien-khai-ke-hoach-chuyen-doi-so-nam-2025", "l1k3j5h7"),
    "huge": article_url("huge", "Pho-Chu-tich-UBND-tinh-kiem-tra-tien-do-thi-cong-duong-bo-ven-bie", "t6y8u1i3"),
    "fallback": article_url("fallback", "UBND-tinh-hop-ban-phuong-an-sap-xep-don-vi-hanh-chinh-cap-xa", "e5r7t9y2"),
    "soft404": article_url("soft404", "Thong-bao-tuyen-dung-vien-chuc-nam-2025", "w8q6e4r2"),
}
PRIVATE_TARGET = "http://10.0.0.7/admin/"
LOOPBACK_TARGET = "http://127.0.0.1:8080/internal/status"
METADATA_TARGET = "http://169.254.169.254/latest/meta-data/"

# name -> (linked URL, expectation). Articles land as raw.pages rows (by their final URL);
# rejects as raw.rejects rows under the linked URL, except the PDF (under its own URL, where the
# bytes came from).
FIXTURES = {
    "404 Not Found": (R["missing"], ("reject", "fetch", "HTTP 404 Not Found")),
    "500 then 200": (R["retry"], ("article", "retry", R["retry"])),
    "timeout": (R["stall"], ("reject", "fetch", "timed out: no response within")),
    "redirect chain, 3 hops": (R["redirect_1"], ("article", "redirects", R["redirects"])),
    "redirect to a private address": (
        R["private"], ("reject", "fetch", f"refused: redirect to {PRIVATE_TARGET} (private address; SSRF guard)")),
    "redirect to loopback": (
        R["loopback"], ("reject", "fetch", f"refused: redirect to {LOOPBACK_TARGET} (loopback address; SSRF guard)")),
    "redirect to the cloud metadata address": (
        R["metadata"], ("reject", "fetch", f"refused: redirect to {METADATA_TARGET} (link-local address; SSRF guard)")),
    "robots.txt disallows": (R["robots"], ("reject", "fetch", f"refused: disallowed by https://{ROBOTS_HOST}/robots.txt")),
    "windows-1258": (R["cp1258"], ("article", "cp1258", R["cp1258"])),
    "connection cut (truncated HTML)": (R["truncated"], ("reject", "parse", "truncated HTML")),
    "PDF": (R["pdf"], ("reject", "decode", "PDF document (application/pdf), not an article page")),
    "gzip": (R["gzip"], ("article", "gzip", R["gzip"])),
    "30 MB page": (R["huge"], ("article", "huge", R["huge"])),
    "site parser fails, fallback reads": (R["fallback"], ("article", "fallback", R["fallback"])),
    "soft 404, both parsers fail": (R["soft404"], ("reject", "parse", "thanhhoa_portal selectors: ")),
}


def cut_inside_body(page: str, key: str) -> int:
    """A byte offset in the middle of the 3rd paragraph (and of a multi-byte letter): where the
    connection of the "truncated" page is cut. The first two paragraphs would still parse."""
    data = page.encode("utf-8")
    third = esc(ARTICLES[key]["body"][2]).encode("utf-8")
    at = data.index(third) + len(third) // 2
    while data[at] < 0x80:  # step to a multi-byte letter, so the cut splits it
        at += 1
    return at + 1


def portal_fixtures(seeds_dir: Path):
    files: dict[str, str | bytes] = {}
    quirks: dict[str, dict] = {}

    # Pages that become articles.
    for key in ("retry", "redirects", "gzip", "huge", "truncated", "stall"):
        files[path_of(R[key])] = article_page(key, R[key], padded=key == "huge")
    files[path_of(R["fallback"])] = legacy_page("fallback", R["fallback"])
    files[path_of(R["soft404"])] = soft_404_page()
    legacy = article_page("cp1258", R["cp1258"], charset="windows-1258")
    files[path_of(R["cp1258"])] = cp1258_bytes(legacy)
    files[path_of(R["robots"])] = article_page(
        "robots", R["robots"], site_title="Cổng thông tin điện tử huyện Mường Lát",
        owner="Ủy ban nhân dân huyện Mường Lát, tỉnh Thanh Hóa")
    files[f"{ROBOTS_HOST}/robots.txt"] = robots("/portal/Pages/", "/_layouts/")
    files[path_of(R["pdf_file"])] = minimal_pdf([
        "UY BAN NHAN DAN TINH THANH HOA", "THONG BAO so 45/TB-UBND",
        "Ket luan cua Chu tich UBND tinh tai phien hop thuong ky thang 3 nam 2025",
        "(Ban chup co chu ky so; xem toan van tai tep dinh kem)",
    ])

    quirks[R["retry"]] = {"status": [500, 200]}
    quirks[R["stall"]] = {"stall_seconds": 60}
    quirks[R["redirect_1"]] = {"redirect": {"to": R["redirect_2"], "status": 301}}
    quirks[R["redirect_2"]] = {"redirect": {"to": R["redirect_3"], "status": 302}}
    quirks[R["redirect_3"]] = {"redirect": {"to": R["redirects"], "status": 301}}
    quirks[R["private"]] = {"redirect": {"to": PRIVATE_TARGET, "status": 302}}
    quirks[R["loopback"]] = {"redirect": {"to": LOOPBACK_TARGET, "status": 302}}
    quirks[R["metadata"]] = {"redirect": {"to": METADATA_TARGET, "status": 302}}
    quirks[R["cp1258"]] = {"headers": {"Content-Type": "text/html; charset=windows-1258"}}
    quirks[R["truncated"]] = {"truncate": cut_inside_body(files[path_of(R["truncated"])], "truncated")}
    quirks[R["pdf"]] = {"redirect": {"to": R["pdf_file"], "status": 302}}
    quirks[R["gzip"]] = {"gzip": True}
    quirks[R["huge"]] = {"pad_to_bytes": PAD_TO}

    # The replay server matches a quirk on host + path + query: it cannot see the scheme.
    keys = [url.split("://", 1)[1].split("#")[0] for url in quirks]
    assert len(set(keys)) == len(keys), "two quirk URLs differ only by their scheme"

    # The channel lists every fixture (newest first, as the portal does); page 2 is empty.
    items = []
    for name, (url, expect) in FIXTURES.items():
        key = expect[1] if expect[0] == "article" else None
        title = ARTICLES[key]["title"] if key else name
        when = ARTICLES[key]["published"] if key else datetime(2025, 3, 1, tzinfo=VN)
        items.append((url, title, when))
    items.sort(key=lambda item: item[2], reverse=True)
    files[HOST + CHANNEL] = channel_page(items)
    files[HOST + CHANNEL + "__Page=2"] = channel_page([])

    entries = []
    for name, (linked, expect) in FIXTURES.items():
        if expect[0] != "article":
            continue
        a = ARTICLES[expect[1]]
        entries.append({
            "url": expect[2], "source": "thanhhoa_portal", "title": a["title"],
            "published_at": a["published"].isoformat(), "listing_url": CHANNEL_URL, "body": a["body"],
            "quirk": name, "linked_url": linked,
            "parser": "trafilatura" if expect[1] == "fallback" else "thanhhoa_portal/v1",
        })
    return entries, files, quirks


def quochoi_challenge(seeds_dir: Path):
    """The cookie challenge on the first quochoi.vn article the quochoi builder wrote."""
    try:
        from .other_sites import BUILDERS as OTHER
    except ModuleNotFoundError as exc:  # that builder is not there (yet): no challenge fixture
        if not exc.name.endswith("other_sites"):
            raise
        return [], {}, {}
    for builder in OTHER:
        meta, _files, *_ = builder(seeds_dir)
        for entry in meta if isinstance(meta, list) else [meta]:
            if entry["source"] == "quochoi":
                return [], {}, {entry["url"]: {"cookie_challenge": dict(CHALLENGE_COOKIE)}}
    return [], {}, {}


BUILDERS = [portal_fixtures, quochoi_challenge]

if __name__ == "__main__":  # a quick look at what the fixtures are
    print(json.dumps({k: v[0] for k, v in FIXTURES.items()}, indent=1, ensure_ascii=False))
