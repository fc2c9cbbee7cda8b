"""Replay pages for vnexpress.net, vietnamplus.vn, dangcongsan.vn, quochoi.vn and the thanhhoa.gov.vn
portal platform (thanhhoa.gov.vn, two legacy district sites and namdinh.gov.vn).

Article text comes from tests/gold/dev.jsonl (the row's own text, verbatim: split on blank lines
into paragraphs, the first one the lead where the site prints one, a trailing byline group split
into the author and related-story teasers) or, where dev.jsonl has no row, from the short
original texts in ORIGINAL below. Only chrome is invented: menus, captions, related boxes, share
bars, footers. Every site gets a listing whose page 1 links its newest articles, page 2 an older
one and page 3 nothing (paging stops there), its RSS or sitemap where it has one, and robots.txt.

Query strings: quochoi articles and the SharePoint list pages differ only by their query (?ItemID=,
?Page=); they are laid out as `<host><path>__<query>` (vngov.replay.replay_relpath).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from vngov.replay import replay_relpath

from generate import (  # noqa: E402  (generate.py puts its folder on sys.path)
    PORTAL_CHANNEL, REPO, VN, WEEKDAYS, attr, esc, head, portal_article, portal_page, robots, rss, slugify,
)

DEV = REPO / "tests" / "gold" / "dev.jsonl"
DEV_REL = "tests/gold/dev.jsonl"
ROBOTS_DISALLOW = ["/admin/"]


# The file that serves a URL: `<host><path>__<query>` (query as sent, "/" written %2F), the rule
# vngov/replay.py serves by (quochoi articles differ only by ?ItemID=, list pages by ?Page=).
replay_file_name = replay_relpath


# --- dev.jsonl rows -----------------------------------------------------------------------------


def dev_rows() -> dict[str, dict]:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {row["url"]: row for row in rows}


def _is_byline(line: str) -> bool:
    """A short name line such as "Sơn Hà" or "Phương Hoa (TTXVN/Vietnam+)"."""
    return 0 < len(line.split()) <= 6 and not line.endswith((".", ":", ";", "?", "!", '"', "”"))


def split_text(text: str) -> tuple[list[str], str | None, list[str]]:
    """(paragraphs, byline, teasers) of a dev text: blank-line separated groups, each line of a
    group its own paragraph; a last group opening with a name line is the byline and teasers."""
    groups = [[line.strip() for line in group.split("\n") if line.strip()] for group in text.split("\n\n")]
    groups = [group for group in groups if group]
    byline, teasers = None, []
    if groups and _is_byline(groups[-1][0]):
        byline, *teasers = groups.pop()
    return [line for group in groups for line in group], byline, teasers


def entry(url: str, source: str, title: str, published: datetime, listing_url: str, parser: str,
          text_from: str, body: list[str]) -> dict:
    return {"url": url, "source": source, "title": title, "published_at": published.isoformat(),
            "listing_url": listing_url, "parser": parser, "text_from": text_from, "body": body}


def sitemap_index(children: list[tuple[str, datetime]]) -> str:
    rows = "\n".join(f"<sitemap><loc>{esc(u)}</loc><lastmod>{d.isoformat()}</lastmod></sitemap>" for u, d in children)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{rows}\n</sitemapindex>\n")


def urlset(items: list[dict], publication: str, news: bool = True) -> str:
    rows = []
    for it in items:
        row = [f"<url>\n<loc>{esc(it['url'])}</loc>"]
        if it.get("published"):
            row.append(f"<lastmod>{it['published'].isoformat()}</lastmod>")
        if news and it.get("published"):
            row.append(
                "<news:news><news:publication>"
                f"<news:name>{esc(publication)}</news:name><news:language>vi</news:language>"
                f"</news:publication><news:publication_date>{it['published'].isoformat()}</news:publication_date>"
                f"<news:title>{esc(it['title'])}</news:title></news:news>"
            )
        if it.get("image"):
            row.append(f"<image:image><image:loc>{esc(it['image'])}</image:loc></image:image>")
        rows.append("\n".join(row) + "\n</url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" '
            'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n'
            + "\n".join(rows) + "\n</urlset>\n")


def vn_weekday(dt: datetime) -> str:
    return WEEKDAYS[dt.weekday()]


def rel(url: str) -> str:
    return url[len(f"https://{urlsplit(url).hostname}"):]


# --- original texts (sites with no dev.jsonl row) ------------------------------------------------
# Short news items written for these fixtures: real office titles, invented decisions and figures.

ORIGINAL = {
    "https://quochoi.vn/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx?ItemID=93615": {
        "source": "quochoi",
        "published": datetime(2025, 3, 10, 17, 30, tzinfo=VN),
        "title": "Ủy ban Thường vụ Quốc hội cho ý kiến về công tác chuẩn bị Kỳ họp thứ 9",
        "lead": "Ủy ban Thường vụ Quốc hội đề nghị các cơ quan khẩn trương hoàn thiện hồ sơ các dự án luật, "
                "bảo đảm gửi đại biểu Quốc hội đúng thời hạn.",
        "body": [
            "Chiều 10/3, tiếp tục Phiên họp thứ 43, dưới sự điều hành của Chủ tịch Quốc hội Trần Thanh Mẫn, "
            "Ủy ban Thường vụ Quốc hội cho ý kiến về công tác chuẩn bị Kỳ họp thứ 9, Quốc hội khóa XV.",
            "Theo báo cáo của Tổng Thư ký Quốc hội, Kỳ họp thứ 9 dự kiến xem xét, thông qua khoảng 30 dự án "
            "luật, nghị quyết, trong đó nhiều dự án được xây dựng theo trình tự, thủ tục rút gọn.",
            "Kết luận nội dung này, Chủ tịch Quốc hội đề nghị Chính phủ chỉ đạo các bộ, ngành hoàn thiện hồ sơ "
            "các dự án luật, gửi Ủy ban Thường vụ Quốc hội chậm nhất ngày 31/3/2025. Các cơ quan của Quốc hội "
            "cần chủ động phối hợp thẩm tra từ sớm, không để dồn việc vào những ngày cuối.",
            "Chủ tịch Quốc hội giao Văn phòng Quốc hội chuẩn bị đầy đủ các điều kiện phục vụ kỳ họp, hoàn "
            "thành trước ngày 20/4/2025.",
        ],
        "author": "Lâm Hiển",
    },
    "https://quochoi.vn/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx?ItemID=93598": {
        "source": "quochoi",
        "published": datetime(2025, 3, 10, 11, 45, tzinfo=VN),
        "title": "Khai mạc Phiên họp thứ 43 của Ủy ban Thường vụ Quốc hội",
        "lead": "Phiên họp diễn ra trong hai ngày, tập trung cho ý kiến về nhiều nội dung lập pháp và giám sát.",
        "body": [
            "Sáng 10/3, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn chủ trì khai mạc Phiên họp thứ 43 "
            "của Ủy ban Thường vụ Quốc hội.",
            "Phát biểu khai mạc, Chủ tịch Quốc hội cho biết tại phiên họp này, Ủy ban Thường vụ Quốc hội sẽ cho "
            "ý kiến về 6 dự án luật, xem xét báo cáo công tác dân nguyện tháng 2 và quyết định một số nội dung "
            "về tổ chức bộ máy.",
            "Chủ tịch Quốc hội yêu cầu các cơ quan trình gửi tài liệu đầy đủ, đúng thời hạn; đề nghị các thành "
            "viên Ủy ban Thường vụ Quốc hội tập trung phát biểu vào những vấn đề còn ý kiến khác nhau.",
            "Ủy ban Thường vụ Quốc hội thống nhất giao Ủy ban Pháp luật chủ trì, phối hợp với các cơ quan liên "
            "quan tổng hợp ý kiến, báo cáo kết quả trước ngày 25/3/2025.",
        ],
        "author": "Hồng Nhung",
    },
    "https://dangcongsan.vn/thoi-su/trien-khai-nhiem-vu-cong-tac-tuyen-giao-va-dan-van-6-thang-cuoi-nam-2025-699154.html": {
        "source": "dangcongsan",
        "published": datetime(2025, 8, 12, 10, 30, tzinfo=VN),
        "title": "Triển khai nhiệm vụ công tác tuyên giáo và dân vận 6 tháng cuối năm 2025",
        "lead": "Sáng 12/8, Ban Tuyên giáo và Dân vận Trung ương tổ chức hội nghị trực tuyến toàn quốc sơ kết "
                "công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025.",
        "body": [
            "Hội nghị được kết nối tới điểm cầu các tỉnh ủy, thành ủy và đảng ủy trực thuộc Trung ương. Theo báo "
            "cáo, 6 tháng đầu năm, ngành đã tham mưu tuyên truyền về sắp xếp tổ chức bộ máy và vận hành chính "
            "quyền địa phương hai cấp.",
            "Phát biểu chỉ đạo, lãnh đạo Ban Tuyên giáo và Dân vận Trung ương đề nghị cấp ủy các cấp tập trung "
            "tuyên truyền về đại hội đảng bộ các cấp, kịp thời định hướng thông tin trước những vấn đề dư luận "
            "quan tâm.",
            "Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy được yêu cầu tổng hợp tình hình tư tưởng trong cán "
            "bộ, đảng viên, gửi về Trung ương trước ngày 15/9/2025.",
        ],
        "author": "Minh Châu",
    },
    "https://namdinh.gov.vn/portal/pages/2025-02-18/UBND-tinh-hop-ban-giai-phap-day-nhanh-giai-ngan-von-468912.aspx": {
        "source": "thanhhoa_portal",
        "published": datetime(2025, 2, 18, 16, 10, tzinfo=VN),
        "title": "UBND tỉnh họp bàn giải pháp đẩy nhanh giải ngân vốn đầu tư công năm 2025",
        "lead": None,
        "body": [
            "Chiều 18/2, UBND tỉnh tổ chức cuộc họp đánh giá tình hình giải ngân vốn đầu tư công tháng 1 và bàn "
            "giải pháp thực hiện kế hoạch vốn năm 2025. Đồng chí Phó Chủ tịch Thường trực UBND tỉnh chủ trì "
            "cuộc họp.",
            "Theo báo cáo của Sở Kế hoạch và Đầu tư, kế hoạch vốn đầu tư công năm 2025 của tỉnh là hơn 6.200 tỷ "
            "đồng; đến hết tháng 1, giá trị giải ngân mới đạt khoảng 4%. Một số dự án còn vướng giải phóng mặt "
            "bằng, thủ tục điều chỉnh dự án kéo dài.",
            "Kết luận cuộc họp, đồng chí Phó Chủ tịch Thường trực UBND tỉnh yêu cầu các chủ đầu tư lập kế hoạch "
            "giải ngân chi tiết theo từng tháng, gửi Sở Kế hoạch và Đầu tư trước ngày 28/2/2025. UBND các huyện, "
            "thành phố tập trung hoàn thành bàn giao mặt bằng các dự án trọng điểm trong quý II/2025.",
            "Sở Tài chính được giao phối hợp với Kho bạc Nhà nước tỉnh rà soát, đề xuất điều chuyển vốn của các "
            "dự án chậm giải ngân, báo cáo UBND tỉnh trước ngày 15/3/2025.",
        ],
        "author": "Thu Trang",
    },
}


# --- vnexpress.net -------------------------------------------------------------------------------

VNE = "https://vnexpress.net"
VNE_LISTING = f"{VNE}/tin-tuc-24h"
VNE_CDN = "https://i1-vnexpress.vnecdn.net"
# Newest first: (dev url, location stamp opening the lead, breadcrumb, photo caption (invented chrome)).
VNE_ARTICLES = [
    ("https://vnexpress.net/chu-tich-quoc-hoi-chu-tri-hai-cuoc-hop-ve-sua-doi-hien-phap-va-luat-thue-4885102.html",
     "Hà Nội", [("Thời sự", "/thoi-su"), ("Chính trị", "/thoi-su/chinh-tri")],
     "Chủ tịch Quốc hội Trần Thanh Mẫn phát biểu tại cuộc họp. Ảnh: Hoàng Phong"),
    ("https://vnexpress.net/nganh-giao-thong-dat-muc-tieu-3-000-km-cao-toc-trong-nam-2025-4834512.html",
     "Hà Nội", [("Thời sự", "/thoi-su"), ("Giao thông", "/thoi-su/giao-thong")],
     "Một đoạn cao tốc Bắc - Nam phía Đông đưa vào khai thác năm 2024. Ảnh: Giang Huy"),
    ("https://vnexpress.net/bo-giao-duc-trien-khai-ky-thi-tot-nghiep-thpt-2024-4702118.html",
     None, [("Giáo dục", "/giao-duc"), ("Tuyển sinh", "/giao-duc/tuyen-sinh")],
     "Thí sinh dự thi tốt nghiệp THPT năm 2023 tại Hà Nội. Ảnh: Thanh Hằng"),
    ("https://vnexpress.net/thu-tuong-hop-khan-ve-cung-ung-dien-mien-bac-4616320.html",
     "Hà Nội", [("Thời sự", "/thoi-su")],
     "Thủ tướng Phạm Minh Chính chủ trì cuộc họp trực tuyến tối 12/6. Ảnh: Nhật Bắc"),
]
VNE_MENU = ["Mới nhất", "Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Khoa học", "Giải trí", "Thể thao",
            "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch", "Số hóa", "Xe", "Ý kiến"]
VNE_MOST_READ = ("Tổng Bí thư: Phát triển khoa học, công nghệ là lựa chọn bắt buộc",
                 "https://vnexpress.net/tong-bi-thu-phat-trien-khoa-hoc-cong-nghe-la-lua-chon-bat-buoc-4868247.html")


def _vne_id(url: str) -> str:
    return url.rsplit("-", 1)[1].removesuffix(".html")


def _vne_chrome_top() -> str:
    menu = " ".join(f'<a href="/{slugify(m)}" title="{attr(m)}">{esc(m)}</a>' for m in VNE_MENU)
    return ('<header class="section top-header">\n<div class="container"><a class="logo" href="/" '
            'title="VnExpress - Báo tiếng Việt nhiều người xem nhất"><img alt="VnExpress" '
            'src="https://s1.vnecdn.net/vnexpress/restruct/i/v9505/v2_2019/pc/graphics/logo.svg"></a>\n'
            f'<nav class="main-nav">{menu}</nav></div>\n</header>')


def _vne_most_read() -> str:
    title, url = VNE_MOST_READ
    return ('<div class="sidebar-2"><div class="box-most-read"><h3 class="title-box">Xem nhiều</h3>\n'
            f'<p class="title-news"><a href="{url}" title="{attr(title)}">{esc(title)}</a></p>\n</div></div>')


def vnexpress_pages(seeds: Path):
    rows = dev_rows()
    entries, files, items = [], {}, []
    for n, (url, stamp, crumbs, caption) in enumerate(VNE_ARTICLES):
        row = rows[url]
        title, published = row["title"], datetime.fromisoformat(row["published_at"])
        paragraphs, byline, teasers = split_text(row["text"])
        lead, body = paragraphs[0], paragraphs[1:]
        art_id = _vne_id(url)
        image = f"{VNE_CDN}/{published:%Y/%m/%d}/anh-{art_id}-{int(published.timestamp())}.jpg"
        legacy = published.year < 2024  # older pages carry captions in table.tplCaption
        html_body = [f'<p class="Normal">{esc(body[0])}</p>']
        if legacy:
            html_body.append(
                '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tplCaption" style="width:100%;">'
                f'<tbody><tr><td><img alt="{attr(caption)}" src="{image}"></td></tr>'
                f'<tr><td><p class="Image">{esc(caption)}</p></td></tr></tbody></table>'
            )
        else:
            html_body.append(
                '<figure data-size="true" itemprop="associatedMedia image" itemscope itemtype="http://schema.org/ImageObject" class="tplCaption action_thumb_added">\n'
                f'<div class="fig-picture"><picture><img itemprop="contentUrl" loading="lazy" alt="{attr(caption)}" src="{image}"></picture></div>\n'
                f'<figcaption itemprop="description"><p class="Image">{esc(caption)}</p></figcaption>\n</figure>'
            )
        html_body += [f'<p class="Normal">{esc(p)}</p>' for p in body[1:]]
        if byline:
            html_body.append(f'<p class="Normal" style="text-align:right;"><strong>{esc(byline)}</strong></p>')
        related = "\n".join(
            f'<article class="item-news"><h4 class="title-news"><a href="/{slugify(t)}-{4600000 + 7919 * (k + 1) + n}.html" '
            f'title="{attr(t)}" data-itm-source="#vn_source=Detail&amp;vn_campaign=Box-TinXemThem">{esc(t)}</a></h4></article>'
            for k, t in enumerate(teasers)
        )
        date_text = f"{vn_weekday(published)}, {published.day}/{published.month}/{published.year}, {published:%H:%M} (GMT+7)"
        stamp_html = f'<span class="location-stamp">{esc(stamp)}</span>' if stamp else ""
        breadcrumb = "".join(f'<li><a href="{h}" title="{attr(t)}">{esc(t)}</a></li>' for t, h in crumbs)
        jsonld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "description": lead,
                  "url": url, "datePublished": published.isoformat(), "dateModified": published.isoformat(),
                  "author": {"@type": "Person", "name": byline or "VnExpress"},
                  "publisher": {"@type": "Organization", "name": "VnExpress"}}
        head_html = head(title=f"{title} - VnExpress", url=url, description=lead, published=published,
                         site_name="Báo VnExpress - Báo tiếng Việt nhiều người xem nhất", section=crumbs[0][0],
                         image=image, jsonld=jsonld,
                         extra=f'<meta name="pubdate" itemprop="datePublished" content="{published.isoformat()}">\n'
                               f'<meta name="keywords" content="{attr(", ".join(t for t, _ in crumbs))}">\n'
                               '<script src="https://s1.vnecdn.net/vnexpress/restruct/j/v1/framework/main.js" defer></script>\n')
        files["vnexpress.net" + rel(url)] = f"""<!DOCTYPE html>
<html lang="vi">
{head_html}
<body class="page-detail">
{_vne_chrome_top()}
<section class="section page-detail top-detail">
<div class="container">
<div class="sidebar-1">
<div class="header-content width_common">
<ul class="breadcrumb" data-campaign="Header-Breadcrumb">{breadcrumb}</ul>
<span class="date">{date_text}</span>
</div>
<h1 class="title-detail">{esc(title)}</h1>
<p class="description">{stamp_html}{esc(lead)}</p>
<div class="box-share-top"><a href="javascript:;" class="btn-share" data-type="facebook" title="Chia sẻ bài viết lên facebook">Chia sẻ</a><a href="javascript:;" class="btn-share" data-type="copylink" title="Sao chép liên kết">Sao chép liên kết</a></div>
<article class="fck_detail ">
{chr(10).join(html_body)}
<div class="box-tinlienquanv2"><h3 class="title-box">Tin liên quan</h3>
{related}
</div>
</article>
<div class="box-emotion"><span>Bạn cảm thấy thế nào?</span></div>
<div class="box_comment" id="box_comment_vne"><h3>Ý kiến</h3><p>Chưa có ý kiến nào.</p></div>
</div>
{_vne_most_read()}
</div>
</section>
<footer class="footer"><div class="box-category-footer"><span class="title">Liên kết trang</span></div>
<p class="copyright">© Copyright 1997 VnExpress.net, All rights reserved</p></footer>
</body>
</html>
"""
        page = 1 if n < 2 else 2
        listing = VNE_LISTING if page == 1 else f"{VNE_LISTING}-p2"
        items.append({"url": url, "title": title, "lead": lead, "published": published, "image": image, "page": page})
        entries.append(entry(url, "vnexpress", title, published, listing, "vnexpress/v1", DEV_REL, body))

    def listing(page: int) -> str:
        cards = "\n".join(
            f'<article class="item-news item-news-common thumb-left" data-offset="{k}">\n'
            f'<div class="thumb-art"><a href="{it["url"]}" class="thumb thumb-5x3" title="{attr(it["title"])}"><picture><img alt="{attr(it["title"])}" src="{it["image"]}"></picture></a></div>\n'
            f'<h3 class="title-news"><a data-medium="Item-{k}" href="{it["url"]}" title="{attr(it["title"])}">{esc(it["title"])}</a></h3>\n'
            f'<p class="description"><a href="{it["url"]}" title="{attr(it["title"])}">{esc(it["lead"])}</a></p>\n'
            "</article>"
            for k, it in enumerate((it for it in items if it["page"] == page), 1)
        )
        pager = " ".join(
            f'<a href="/tin-tuc-24h-p{p}" class="btn-page{" active" if p == page else ""}">{p}</a>' for p in (1, 2, 3)
        )
        empty = "" if cards else '<p class="no-result">Không có dữ liệu</p>'
        canonical = VNE_LISTING if page == 1 else f"{VNE_LISTING}-p{page}"
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tin tức 24h mới nhất, tin nhanh, tin nóng hôm nay - VnExpress</title>
<link rel="canonical" href="{canonical}">
<link rel="alternate" type="application/rss+xml" href="https://vnexpress.net/rss/tin-moi-nhat.rss">
</head>
<body class="page-folder">
{_vne_chrome_top()}
<section class="section section_container">
<div class="container">
<div class="col-left-folder">
<h1 class="title-folder"><a href="/tin-tuc-24h" title="Mới nhất">Mới nhất</a></h1>
<div class="list-news-subfolder">
{cards}{empty}
</div>
<div class="button-page flexbox">{pager}<a href="/tin-tuc-24h-p{page + 1}" class="btn-page next-page" title="Trang sau"></a></div>
</div>
{_vne_most_read()}
</div>
</section>
<footer class="footer"><p class="copyright">© Copyright 1997 VnExpress.net, All rights reserved</p></footer>
</body>
</html>
"""

    files["vnexpress.net/tin-tuc-24h"] = listing(1)
    files["vnexpress.net/tin-tuc-24h-p2"] = listing(2)
    files["vnexpress.net/tin-tuc-24h-p3"] = listing(3)
    files["vnexpress.net/rss/tin-moi-nhat.rss"] = rss(
        channel_title="Tin mới nhất - VnExpress RSS", channel_link="https://vnexpress.net/tin-tuc-24h",
        generator="FW Rss", items=[{"title": it["title"], "url": it["url"], "published": it["published"],
                                    "description": it["lead"], "image": it["image"]} for it in items])
    children = []
    for it in items:
        child = f"{VNE}/sitemap/articles-{it['published']:%Y-%m}.xml"
        children.append((child, it["published"]))
        files[replay_file_name(child)] = urlset([it], "VnExpress")
    files["vnexpress.net/sitemap.xml"] = sitemap_index(children)
    return entries, files


# --- www.vietnamplus.vn (the CMS shared with nhandan, sggp, tienphong) -----------------------------

VNP = "https://www.vietnamplus.vn"
VNP_LISTING = f"{VNP}/chinhtri.vnp"
VNP_CDN = "https://mediafile.vietnamplus.vn/images"
VNP_ARTICLES = [  # newest first: (dev url, photo caption (invented chrome))
    ("https://www.vietnamplus.vn/chinh-phu-hop-phien-thuong-ky-thang-10-phan-dau-giai-ngan-100-von-dau-tu-cong-post1074521.vnp",
     "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 10. (Ảnh: Dương Giang/TTXVN)"),
    ("https://www.vietnamplus.vn/bo-truong-nguyen-manh-hung-lam-viec-voi-tinh-bac-giang-ve-nghi-quyet-57-post1024018.vnp",
     "Bộ trưởng Nguyễn Mạnh Hùng phát biểu tại buổi làm việc. (Ảnh: Minh Sơn/Vietnam+)"),
    ("https://www.vietnamplus.vn/pho-thu-tuong-tran-hong-ha-hop-ve-dieu-chinh-quy-hoach-dien-viii-post993410.vnp",
     "Phó Thủ tướng Trần Hồng Hà chủ trì cuộc họp. (Ảnh: Văn Điệp/TTXVN)"),
    ("https://www.vietnamplus.vn/thu-tuong-loi-ich-hai-hoa-rui-ro-chia-se-trong-thao-go-kho-khan-bat-dong-san-post851203.vnp",
     "Quang cảnh cuộc họp trực tuyến của Tổ công tác. (Ảnh: Dương Giang/TTXVN)"),
]
VNP_MENU = [("Chính trị", "/chinhtri"), ("Kinh tế", "/kinhte"), ("Xã hội", "/xahoi"), ("Thế giới", "/thegioi"),
            ("Văn hóa", "/vanhoa"), ("Thể thao", "/thethao"), ("Khoa học", "/khoahoc"), ("Môi trường", "/moitruong")]
VNP_FOOTER = ("Cơ quan chủ quản: Thông tấn xã Việt Nam", "© Bản quyền thuộc về VietnamPlus, TTXVN. "
              "Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.")


def _vnp_header() -> str:
    menu = "".join(f'<li><a href="{h}" title="{attr(t)}">{esc(t)}</a></li>' for t, h in VNP_MENU)
    return (f'<header class="header"><a class="logo" href="/" title="VietnamPlus"><img src="{VNP_CDN}/logo.svg" '
            f'alt="VietnamPlus"></a>\n<nav class="menu"><ul>{menu}</ul></nav></header>')


def _vnp_footer() -> str:
    return "<footer class=\"footer\">" + "".join(f"<p>{esc(line)}</p>" for line in VNP_FOOTER) + "</footer>"


def _vnp_related(teasers: list[str], n: int) -> str:
    """Teaser lines: a title, optionally followed by its sapo (a sentence ending with '.')."""
    stories: list[list[str]] = []
    for line in teasers:
        if stories and line.endswith(".") and len(stories[-1]) == 1:
            stories[-1].append(line)
        else:
            stories.append([line])
    out = []
    for k, story in enumerate(stories, 1):
        href = f"/{slugify(story[0])}-post{1074000 + 37 * k + n}.vnp"
        sapo = f'<p class="story__summary">{esc(story[1])}</p>' if len(story) > 1 else ""
        out.append(f'<article class="story"><h3 class="story__heading"><a class="cms-link" href="{href}" '
                   f'title="{attr(story[0])}">{esc(story[0])}</a></h3>{sapo}</article>')
    return "\n".join(out)


def vietnamplus_pages(seeds: Path):
    rows = dev_rows()
    entries, files, items = [], {}, []
    for n, (url, caption) in enumerate(VNP_ARTICLES):
        row = rows[url]
        title, published = row["title"], datetime.fromisoformat(row["published_at"])
        paragraphs, byline, teasers = split_text(row["text"])
        lead, body = paragraphs[0], paragraphs[1:]
        post_id = url.rsplit("post", 1)[1].removesuffix(".vnp")
        image = f"{VNP_CDN}/{published:%Y%m%d}/{slugify(title)[:40]}-{post_id}.jpg"
        old = published.year < 2024  # the 2023 page carries no meta date: only the <time> element
        blocks = [f"<p>{esc(body[0])}</p>",
                  f'<figure class="article-photo"><img class="cms-photo" data-src="{image}" src="{image}" alt="{attr(caption)}">'
                  f'<figcaption class="cms-photo-caption">{esc(caption)}</figcaption></figure>']
        blocks += [f"<p>{esc(p)}</p>" for p in body[1:]]
        if teasers:
            blocks.insert(2, f'<div class="article-relate"><h2 class="box-heading">Tin liên quan</h2>\n{_vnp_related(teasers, n)}\n</div>')
        author_html = ""
        if byline:
            name, _, agency = byline.partition(" (")
            source_html = f' <span class="source">({esc(agency)}</span>' if agency else ""
            author_html = (f'<div class="article__author"><span class="author cms-author">{esc(name)}</span>'
                           f'{source_html}</div>')
        jsonld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "description": lead,
                  "url": url, "datePublished": published.isoformat(), "dateModified": published.isoformat(),
                  "publisher": {"@type": "Organization", "name": "VietnamPlus"}}
        if old:
            head_html = f"""<head>
<meta charset="utf-8">
<title>{esc(title)} | Vietnam+ (VietnamPlus)</title>
<meta name="description" content="{attr(lead)}">
<meta property="og:title" content="{attr(title)} | Vietnam+ (VietnamPlus)">
<link rel="canonical" href="{attr(url)}">
</head>"""
        else:
            head_html = head(title=f"{title} | Vietnam+ (VietnamPlus)", url=url, description=lead, published=published,
                             site_name="Vietnam+ (VietnamPlus)", section="Chính trị", image=image, jsonld=jsonld)
        time_text = f"{vn_weekday(published)}, {published:%d/%m/%Y %H:%M} (GMT+7)"
        files["www.vietnamplus.vn" + rel(url)] = f"""<!DOCTYPE html>
<html lang="vi">
{head_html}
<body class="detail-page">
{_vnp_header()}
<div class="container">
<div class="breadcrumb breadcrumb-detail"><h2 class="main"><a href="/chinhtri" title="Chính trị">Chính trị</a></h2></div>
<div class="article">
<h1 class="article__title cms-title">{esc(title)}</h1>
<div class="article__meta"><time class="time" datetime="{published.isoformat()}" data-time="{int(published.timestamp())}">{esc(time_text)}</time>
<div class="social-share"><a class="fb" href="javascript:;" title="Chia sẻ Facebook">Facebook</a> <a class="zalo" href="javascript:;" title="Chia sẻ Zalo">Zalo</a></div></div>
<div class="article__sapo cms-desc">{esc(lead)}</div>
<div class="article__body zce-content-body cms-body" itemprop="articleBody">
{chr(10).join(blocks)}
</div>
{author_html}
<div class="article__tag"><span>Tags:</span> <a href="/tag/chinh-phu-tag1.vnp">Chính phủ</a> <a href="/tag/chi-dao-dieu-hanh-tag2.vnp">chỉ đạo điều hành</a></div>
</div>
<div class="sidebar"><div class="box-most-read"><h3>Đọc nhiều</h3></div></div>
</div>
{_vnp_footer()}
</body>
</html>
"""
        page = 1 if n < 2 else 2
        listing_url = VNP_LISTING if page == 1 else f"{VNP}/chinhtri/trang2.vnp"
        items.append({"url": url, "title": title, "lead": lead, "published": published, "image": image, "page": page})
        entries.append(entry(url, "vietnamplus", title, published, listing_url, "vietnamplus/v1", DEV_REL, body))

    def listing(page: int) -> str:
        stories = "\n".join(
            f'<article class="story" data-id="{it["url"].rsplit("post", 1)[1][:-4]}">\n'
            f'<figure class="story__thumb"><a class="cms-link" href="{rel(it["url"])}" title="{attr(it["title"])}"><img class="lazyload" data-src="{it["image"]}" alt="{attr(it["title"])}"></a></figure>\n'
            f'<h2 class="story__heading"><a class="cms-link" href="{rel(it["url"])}" title="{attr(it["title"])}">{esc(it["title"])}</a></h2>\n'
            f'<time class="time" datetime="{it["published"].isoformat()}">{it["published"]:%d/%m/%Y %H:%M}</time>\n'
            f'<div class="story__summary">{esc(it["lead"])}</div>\n</article>'
            for it in items if it["page"] == page
        )
        pager = f'<a class="next" href="/chinhtri/trang{page + 1}.vnp">Xem tiếp</a>' if stories else ""
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Chính trị | Vietnam+ (VietnamPlus)</title>
<link rel="alternate" type="application/rss+xml" href="{VNP}/rss/chinhtri-1.rss">
</head>
<body class="category-page">
{_vnp_header()}
<div class="container">
<h1 class="category-title"><a href="/chinhtri" title="Chính trị">Chính trị</a></h1>
<div class="content-list">
{stories or '<p class="empty">Không có bài viết</p>'}
</div>
<div class="pagination">{pager}</div>
</div>
{_vnp_footer()}
</body>
</html>
"""

    files["www.vietnamplus.vn/chinhtri.vnp"] = listing(1)
    files["www.vietnamplus.vn/chinhtri/trang2.vnp"] = listing(2)
    files["www.vietnamplus.vn/chinhtri/trang3.vnp"] = listing(3)
    files["www.vietnamplus.vn/rss/home.rss"] = rss(
        channel_title="Vietnam+ (VietnamPlus)", channel_link=f"{VNP}/", generator="VietnamPlus",
        items=[{"title": it["title"], "url": it["url"], "published": it["published"], "description": it["lead"],
                "image": it["image"]} for it in items])
    children = []
    for it in items:
        child = f"{VNP}/sitemaps/news-{it['published']:%Y-%m}.xml"
        children.append((child, it["published"]))
        files[replay_file_name(child)] = urlset([it], "Vietnam+ (VietnamPlus)")
    categories = f"{VNP}/sitemaps/categories.xml"
    children.append((categories, items[0]["published"]))
    files[replay_file_name(categories)] = urlset([{"url": f"{VNP}{h}"} for _, h in VNP_MENU], "", news=False)
    files["www.vietnamplus.vn/sitemap.xml"] = sitemap_index(children)
    files["www.vietnamplus.vn/robots.txt"] = robots(ROBOTS_DISALLOW + ["/search/", "/*?*"], f"{VNP}/sitemap.xml")
    return entries, files


# --- dangcongsan.vn ------------------------------------------------------------------------------

DCS = "https://dangcongsan.vn"
DCS_LISTING = f"{DCS}/noidung/tintuc/Lists/Tinhoatdong/View.aspx"
DCS_PREFIX = "(ĐCSVN) - "
# Newest first: (url, template version, author box (SharePoint pages) or None, photo caption (invented chrome)).
DCS_ARTICLES = [
    ("https://dangcongsan.vn/thoi-su/trien-khai-nhiem-vu-cong-tac-tuyen-giao-va-dan-van-6-thang-cuoi-nam-2025-699154.html",
     2, "Minh Châu", "Quang cảnh hội nghị tại điểm cầu Trung ương."),
    ("https://dangcongsan.vn/thoi-su/tong-bi-thu-to-lam-lam-viec-voi-ban-thuong-vu-thanh-uy-ha-noi-698812.html",
     2, "Theo TTXVN", "Tổng Bí thư Tô Lâm phát biểu chỉ đạo tại buổi làm việc. (Ảnh: TTXVN)"),
    ("https://dangcongsan.vn/thoi-su/hoi-nghi-toan-quoc-quan-triet-nghi-quyet-ve-xay-dung-nha-nuoc-phap-quyen-652130.html",
     1, None, "Các đại biểu dự hội nghị tại điểm cầu Hội trường Diên Hồng."),
]
DCS_MENU = ["Trang chủ", "Thời sự", "Xây dựng Đảng", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh",
            "Quốc tế", "Tư liệu"]


def _dcs_header() -> str:
    menu = "".join(f'<li><a href="/{slugify(m)}.html">{esc(m)}</a></li>' for m in DCS_MENU)
    return ('<div class="header"><a class="logo" href="/" title="Báo điện tử Đảng Cộng sản Việt Nam">'
            '<img src="/Style%20Library/images/logo.png" alt="Báo điện tử Đảng Cộng sản Việt Nam"></a>\n'
            f'<ul class="main-menu">{menu}</ul></div>')


DCS_FOOTER = ('<div class="footer"><p>Báo điện tử Đảng Cộng sản Việt Nam</p>'
              '<p>Cơ quan chủ quản: Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam</p></div>')


def dangcongsan_pages(seeds: Path):
    rows = dev_rows()
    entries, files, items = [], {}, []
    for n, (url, version, author, caption) in enumerate(DCS_ARTICLES):
        if url in ORIGINAL:
            text = ORIGINAL[url]
            title, published, lead, body, source = text["title"], text["published"], text["lead"], text["body"], "original"
        else:
            row = rows[url]
            title, published = row["title"], datetime.fromisoformat(row["published_at"])
            paragraphs, _, _ = split_text(row["text"])
            lead, body, source = paragraphs[0], paragraphs[1:], DEV_REL
        image = f"/Uploads/Images/{published:%Y/%m/%d}/{slugify(title)[:30]}.jpg"
        others = [(t, u) for u, _, _, _ in DCS_ARTICLES if u != url
                  for t in [ORIGINAL[u]["title"] if u in ORIGINAL else rows[u]["title"]]]
        if version == 2:
            content = [f'<p style="text-align: justify;">{esc(body[0])}</p>',
                       f'<p style="text-align: center;"><img class="imgtelerik" src="{image}" alt="" style="width: 700px;" /><br /><em>{esc(caption)}</em></p>']
            content += [f'<p style="text-align: justify;">{esc(p)}</p>' for p in body[1:]]
            related = "".join(f'<li><a href="{rel(u)}">{esc(t)}</a></li>' for t, u in others)
            page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="description" content="{attr(lead)}" />
<meta name="keywords" content="Đảng Cộng sản Việt Nam, thời sự" />
<meta property="og:title" content="{attr(title)}" />
<meta property="article:published_time" content="{published.isoformat()}" />
</head>
<body>
<form method="post" action="{attr(rel(url))}" id="aspnetForm">
{_dcs_header()}
<div id="KhuVuc_1" class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/thoi-su.html">Thời sự</a></div>
<div id="KhuVuc_2" class="detail-news">
<h1 id="contenttitle">{esc(title)}</h1>
<div class="info-detail"><div id="ngaytao">{published:%d/%m/%Y %H:%M}</div><div class="print"><a href="javascript:window.print();">In bài</a></div></div>
<div id="description">{esc(DCS_PREFIX + lead)}</div>
<div class="noidungtt">
{chr(10).join(content)}
</div>
<div class="tacgia"><b id="tacgia">{esc(author)}</b></div>
<div class="share-bar"><a href="javascript:;">Chia sẻ</a> <a href="javascript:;">Gửi email</a></div>
</div>
<div class="tinlienquan"><h3>Tin liên quan</h3><ul>{related}</ul></div>
{DCS_FOOTER}
</form>
</body>
</html>
"""
        else:
            content = [f"<p>{esc(body[0])}</p>",
                       f'<table class="image center"><tbody><tr><td><img src="{image}" alt="" /></td></tr>'
                       f'<tr><td class="image_desc">{esc(caption)}</td></tr></tbody></table>']
            content += [f"<p>{esc(p)}</p>" for p in body[1:]]
            related = "".join(f'<li><a class="item-title" href="{rel(u)}">{esc(t)}</a></li>' for t, u in others)
            page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="description" content="{attr(lead)}" />
</head>
<body>
{_dcs_header()}
<div class="container">
<div class="post-breadcrumb"><a href="/thoi-su.html">Thời sự</a></div>
<div class="post-detail">
<h1 class="post-title">{esc(title)}</h1>
<div class="lbPublishedDate">{vn_weekday(published)}, {published:%d/%m/%Y %H:%M}</div>
<div class="post-summary"><strong>{esc(DCS_PREFIX + lead)}</strong></div>
<div class="post-content">
{chr(10).join(content)}
<div class="box-related"><h3>Tin liên quan</h3><ul>{related}</ul></div>
</div>
<div class="post-tags">Từ khóa: <a href="/tag/nghi-quyet-27.html">Nghị quyết 27</a> <a href="/tag/nha-nuoc-phap-quyen.html">Nhà nước pháp quyền</a></div>
<div class="post-share"><a href="javascript:;">Chia sẻ</a></div>
</div>
</div>
{DCS_FOOTER}
</body>
</html>
"""
        files["dangcongsan.vn" + rel(url)] = page
        list_page = 1 if n < 2 else 2
        listing_url = DCS_LISTING if list_page == 1 else f"{DCS_LISTING}?Page=2"
        items.append({"url": url, "title": title, "lead": lead, "published": published, "page": list_page})
        entries.append(entry(url, "dangcongsan", title, published, listing_url, f"dangcongsan/v{version}", source, body))

    newest = items[0]

    def listing(page: int) -> str:
        rows_html = "\n".join(
            f'<div class="item-news"><a class="item-title" href="{rel(it["url"])}">{esc(it["title"])}</a>'
            f'<span class="date">{it["published"]:%d/%m/%Y %H:%M}</span><p class="sapo">{esc(it["lead"])}</p></div>'
            for it in items if it["page"] == page
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Tin hoạt động</title>
</head>
<body>
<form method="post" action="View.aspx{"?Page=" + str(page) if page > 1 else ""}" id="aspnetForm">
{_dcs_header()}
<div id="KhuVuc_1" class="breadcrumb"><a href="/">Trang chủ</a> / Tin hoạt động</div>
<div id="KhuVuc_3" class="list-news">
{rows_html or '<p class="empty">Không có tin bài.</p>'}
</div>
<div class="paging"><a href="View.aspx?Page={max(page - 1, 1)}">Trang trước</a> <span>Trang {page}</span> <a href="View.aspx?Page={page + 1}">Trang sau</a></div>
<div id="KhuVuc_4" class="sidebar"><h3>Tin mới nhất</h3><a class="item-title" href="{rel(newest["url"])}">{esc(newest["title"])}</a></div>
{DCS_FOOTER}
</form>
</body>
</html>
"""

    files[replay_file_name(DCS_LISTING)] = listing(1)
    files[replay_file_name(f"{DCS_LISTING}?Page=2")] = listing(2)
    files[replay_file_name(f"{DCS_LISTING}?Page=3")] = listing(3)
    files["dangcongsan.vn/robots.txt"] = robots(ROBOTS_DISALLOW + ["/_layouts/", "/_vti_bin/", "/search/"])
    return entries, files


# --- quochoi.vn (SharePoint) ---------------------------------------------------------------------

QH = "https://quochoi.vn"
QH_LIST = f"{QH}/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx"
QH_ARTICLES = [  # newest first: (url, photo caption (invented chrome))
    (f"{QH_LIST}?ItemID=93615", "Chủ tịch Quốc hội Trần Thanh Mẫn phát biểu kết luận nội dung phiên họp."),
    (f"{QH_LIST}?ItemID=93598", "Quang cảnh Phiên họp thứ 43 của Ủy ban Thường vụ Quốc hội."),
]
QH_MENU = ["Trang chủ", "Giới thiệu", "Tin tức", "Hoạt động của Quốc hội", "Kỳ họp Quốc hội", "Văn bản pháp luật",
           "Tiếp xúc cử tri", "Đại biểu Quốc hội"]


def _qh_page(*, title: str, action: str, description: str, main: str) -> str:
    menu = "".join(f'<li><a href="/{slugify(m)}/Pages/default.aspx">{esc(m)}</a></li>' for m in QH_MENU)
    meta = f'<meta name="description" content="{attr(description)}" />\n' if description else ""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=10" />
<title>{esc(title)}</title>
{meta}<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css" />
<script type="text/javascript" src="/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="{attr(action)}" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk" />
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header-qh"><a class="logo" href="/Pages/default.aspx">Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam</a>
<ul class="menu-top">{menu}</ul></div>
<div class="breadcrumb"><a href="/Pages/default.aspx">Trang chủ</a> » <a href="/tintuc/Pages/default.aspx">Tin tức</a> » <a href="/tintuc/Pages/tin-hoat-dong-cua-quoc-hoi.aspx">Tin hoạt động của Quốc hội</a></div>
{main}
<div class="footer-qh"><p>Cổng thông tin điện tử Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam</p><p>Cơ quan chủ quản: Văn phòng Quốc hội</p></div>
</div></div>
</form>
</body>
</html>
"""


def quochoi_pages(seeds: Path):
    entries, files, items = [], {}, []
    for n, (url, caption) in enumerate(QH_ARTICLES):
        text = ORIGINAL[url]
        title, published, body = text["title"], text["published"], text["body"]
        image = f"/tintuc/PublishingImages/{published:%Y/%m}/phien-hop-43-{n + 1}.jpg"
        content = [f'<p style="text-align: justify;">{esc(body[0])}</p>',
                   f'<table class="ms-rteTable-default image" style="width: 100%;"><tbody><tr><td><img class="ms-rteImage" src="{image}" alt="" /></td></tr>'
                   f'<tr><td style="text-align: center;"><em>{esc(caption)}</em></td></tr></tbody></table>']
        content += [f'<p style="text-align: justify;">{esc(p)}</p>' for p in body[1:]]
        content.append(f'<p style="text-align: right;"><strong>{esc(text["author"])}</strong></p>')
        others = "".join(f'<li><a href="{rel(u)}">{esc(ORIGINAL[u]["title"])}</a> <span>({ORIGINAL[u]["published"]:%d/%m/%Y})</span></li>'
                         for u, _ in QH_ARTICLES if u != url)
        main = f"""<div class="news-detail">
<h1 class="title-detail">{esc(title)}</h1>
<div class="date-detail">{published:%d/%m/%Y - %H:%M}</div>
<div class="ms-rtestate-field content-detail">
{chr(10).join(content)}
</div>
<div class="box-share"><a href="javascript:window.print();">In bài</a> | <a href="javascript:;">Gửi email</a></div>
</div>
<div class="tin-lien-quan"><h3>Các tin khác</h3><ul>{others}</ul></div>"""
        files[replay_file_name(url)] = _qh_page(title=title, action=f"./{rel(url).rsplit('/', 1)[1]}",
                                                description=text["lead"], main=main)
        page = n + 1
        listing_url = QH_LIST if page == 1 else f"{QH_LIST}?Page={page}"
        items.append({"url": url, "title": title, "published": published, "page": page})
        entries.append(entry(url, "quochoi", title, published, listing_url, "quochoi/v1", "original", body))

    for page in (1, 2, 3):
        rows_html = "\n".join(
            f'<div class="item-news"><a class="title" href="{rel(it["url"])}">{esc(it["title"])}</a> '
            f'<span class="date">({it["published"]:%d/%m/%Y})</span></div>'
            for it in items if it["page"] == page
        )
        pager = " ".join(f'<a href="?Page={p}" class="{"active" if p == page else "page"}">{p}</a>' for p in (1, 2, 3))
        main = f"""<div class="list-news">
<h1 class="title-list">Tin hoạt động của Quốc hội</h1>
{rows_html or '<p class="empty">Không có tin bài.</p>'}
</div>
<div class="paging">{pager}</div>"""
        url = QH_LIST if page == 1 else f"{QH_LIST}?Page={page}"
        files[replay_file_name(url)] = _qh_page(title="Tin hoạt động của Quốc hội", action=f"./{rel(url).rsplit('/', 1)[1]}",
                                                description="", main=main)
    files["quochoi.vn/robots.txt"] = robots(ROBOTS_DISALLOW + ["/_layouts/", "/_vti_bin/", "/_catalogs/"])
    return entries, files


# --- the thanhhoa.gov.vn portal platform ----------------------------------------------------------

PORTAL_LEADERS = "/portal/KenhTin/Hoat-dong-cua-lanh-dao-tinh.aspx"  # (Chi-dao-dieu-hanh holds the quirk fixtures)
PORTAL_T = "https://thanhhoa.gov.vn/portal/Pages/2025-7-3/Hoi-nghi-truc-tuyen-trien-khai-van-hanh-chinh-quyen-dia-phuong-hai-cap-k8v2p1.aspx"
PORTAL_H = "https://hoanghoa.thanhhoa.gov.vn/portal/Pages/2024-3-14/Hoi-nghi-trien-khai-nhiem-vu-phong-chay-chua-chay-rung-nam-2024x7k2.aspx"
PORTAL_N = "https://namdinh.gov.vn/portal/pages/2025-02-18/UBND-tinh-hop-ban-giai-phap-day-nhanh-giai-ngan-von-468912.aspx"
PORTAL_SITES = {  # host -> (site title, owner)
    "thanhhoa.gov.vn": ("Cổng thông tin điện tử tỉnh Thanh Hóa", "Ủy ban nhân dân tỉnh Thanh Hóa"),
    "trieuson.thanhhoa.gov.vn": ("Cổng thông tin điện tử huyện Triệu Sơn", "Ủy ban nhân dân huyện Triệu Sơn, tỉnh Thanh Hóa"),
    "hoanghoa.thanhhoa.gov.vn": ("Cổng thông tin điện tử huyện Hoằng Hóa", "Ủy ban nhân dân huyện Hoằng Hóa, tỉnh Thanh Hóa"),
    "namdinh.gov.vn": ("Cổng thông tin điện tử tỉnh Nam Định", "Ủy ban nhân dân tỉnh Nam Định"),
}
PORTAL_ROBOTS = robots(ROBOTS_DISALLOW + ["/_layouts/", "/_vti_bin/", "/portal/_catalogs/"])


def _portal_head(title: str, url: str, published: datetime | None) -> str:
    meta = f'<meta property="article:published_time" content="{published.isoformat()}" />\n' if published else ""
    return f"""<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="description" content="{attr(title)}" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:url" content="{attr(url)}" />
{meta}<link rel="stylesheet" type="text/css" href="/portal/Style%20Library/css/portal.css" />
</head>"""


def _portal_counter(lines: list[str]) -> str:
    title, *rows = lines
    cells = "\n".join(f'<tr><td class="label">{esc(k)}:</td><td class="value">{esc(v)}</td></tr>'
                      for k, _, v in (row.partition(": ") for row in rows))
    return f'<div class="box-counter"><div class="box-title">{esc(title)}</div><table class="counter">\n{cells}\n</table></div>'


def _portal_channel(host: str, heading: str, action: str, links: list[tuple[str, str, datetime]]) -> str:
    site_title, owner = PORTAL_SITES[host]
    items = "\n".join(
        f'<div class="news-item">\n<a class="news-thumb" href="{href}"><img src="/portal/Photos/{d:%Y-%m}/anh-{d:%Y%m%d}.jpg" alt="" /></a>\n'
        f'<a class="news-title" href="{href}">{esc(t)}</a>\n<span class="news-date">({d:%d/%m/%Y})</span>\n</div>'
        for href, t, d in links
    )
    body = f"""<div class="channel">
<h1 class="channel-title">{esc(heading)}</h1>
{items or '<p class="no-data">Chưa có tin bài.</p>'}
<div class="paging"><a href="javascript:__doPostBack('ctl00$m$g_channel$pager','Page$Next')">Trang sau</a></div>
</div>"""
    head_html = f"""<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(heading)}</title>
</head>"""
    return portal_page(site_title=site_title, owner=owner, host=host, action=action, body=body, sidebar="", head_html=head_html)


def portal_pages(seeds: Path):
    rows = dev_rows()
    entries, files = [], {}
    seed_meta, _ = portal_article(seeds)  # the trieuson article the seed builder writes
    seed_url, seed_title = seed_meta["url"], seed_meta["title"]
    seed_published = datetime.fromisoformat(seed_meta["published_at"])

    # thanhhoa.gov.vn: a province page; the date line gives the day only ("Đăng ngày 03 - 07 - 2025"), meta the time.
    row = rows[PORTAL_T]
    t_title, t_published = row["title"], datetime.fromisoformat(row["published_at"])
    t_body, _, _ = split_text(row["text"])
    content = [f'<p style="text-align: justify;">{esc(line)}</p>' for line in t_body[:2]]
    content.append('<p style="text-align: center;"><img src="/portal/Photos/2025-07/hoi-nghi-truc-tuyen-03072025.jpg" alt="" /></p>')
    content += [f'<p style="text-align: justify;">{esc(line)}</p>' for line in t_body[2:]]
    body = f"""<div class="news-detail">
<h1 class="article-title">{esc(t_title)}</h1>
<div class="news-date">Đăng ngày {t_published:%d - %m - %Y}</div>
<div class="fontsize">Cỡ chữ: <a href="javascript:;">A-</a> <span>100%</span> <a href="javascript:;">A+</a></div>
<div class="article-content">
{chr(10).join(content)}
</div>
<div class="print-tools"><a href="javascript:window.print();">In bài</a> <a href="javascript:;" class="send-mail">Gửi email</a></div>
</div>"""
    site_title, owner = PORTAL_SITES["thanhhoa.gov.vn"]
    files["thanhhoa.gov.vn" + rel(PORTAL_T)] = portal_page(
        site_title=site_title, owner=owner, host="thanhhoa.gov.vn", action=rel(PORTAL_T).rsplit("/", 1)[1], body=body,
        sidebar="", head_html=_portal_head(t_title, PORTAL_T, t_published))
    entries.append(entry(PORTAL_T, "thanhhoa_portal", t_title, t_published, f"https://thanhhoa.gov.vn{PORTAL_LEADERS}",
                         "thanhhoa_portal/v1", DEV_REL, t_body))

    # hoanghoa.thanhhoa.gov.vn: a legacy district page, flattened in dev.jsonl like seed 004 (visit counter,
    # title, "Ngày ..." stamp, body and byline, then the print copy after an "Đăng lúc:" stamp). The stamp
    # says 15:20:11, the row 15:20: the meta tag carries the row's time, as the CMS records it.
    row = rows[PORTAL_H]
    h_title, h_published = row["title"], datetime.fromisoformat(row["published_at"])
    groups = [[line.strip() for line in g.split("\n") if line.strip()] for g in row["text"].split("\n\n")]
    counter, (title_1,), (date_line,), first_copy, (title_2,), (posted,), second_copy = groups
    assert title_1 == title_2 == h_title and date_line.startswith("Ngày ") and posted.startswith("Đăng lúc:")
    *h_body, h_author = first_copy

    def copy(lines: list[str]) -> list[str]:
        *text, author = lines
        return [f'<p style="text-align: justify;">{esc(line)}</p>' for line in text] + \
               [f'<p style="text-align: right;"><strong>{esc(author)}</strong></p>']

    content = copy(first_copy) + [f'<p class="print-title"><strong>{esc(h_title)}</strong></p>',
                                  f'<p class="print-date">{esc(posted)}</p>'] + copy(second_copy)
    body = f"""<div class="news-detail">
<h1 class="article-title">{esc(h_title)}</h1>
<div class="news-date">{esc(date_line)}</div>
<div class="article-content">
{chr(10).join(content)}
</div>
<div class="print-tools"><a href="javascript:window.print();">In bài</a></div>
</div>"""
    site_title, owner = PORTAL_SITES["hoanghoa.thanhhoa.gov.vn"]
    files["hoanghoa.thanhhoa.gov.vn" + rel(PORTAL_H)] = portal_page(
        site_title=site_title, owner=owner, host="hoanghoa.thanhhoa.gov.vn", action=rel(PORTAL_H).rsplit("/", 1)[1],
        body=body, sidebar=_portal_counter(counter), head_html=_portal_head(h_title, PORTAL_H, h_published))
    entries.append(entry(PORTAL_H, "thanhhoa_portal", h_title, h_published,
                         f"https://hoanghoa.thanhhoa.gov.vn{PORTAL_CHANNEL}", "thanhhoa_portal/v1", DEV_REL, h_body))

    # namdinh.gov.vn: a second province on the platform (the /portal/pages/YYYY-MM-DD/<slug>-<id>.aspx
    # variant, body in #art-content, no meta date).
    text = ORIGINAL[PORTAL_N]
    n_title, n_published = text["title"], text["published"]
    content = [f'<p style="text-align: justify;">{esc(p)}</p>' for p in text["body"]]
    content.append(f'<p style="text-align: right;"><b>{esc(text["author"])}</b></p>')
    body = f"""<div class="news-detail">
<h1 class="article-title">{esc(n_title)}</h1>
<div class="article-info"><span class="date-time">{n_published:%d/%m/%Y %H:%M}</span></div>
<div id="art-content">
{chr(10).join(content)}
</div>
<div class="share"><a href="javascript:;">Chia sẻ</a> <a href="javascript:window.print();">In bài</a></div>
</div>"""
    site_title, owner = PORTAL_SITES["namdinh.gov.vn"]
    files["namdinh.gov.vn" + rel(PORTAL_N)] = portal_page(
        site_title=site_title, owner=owner, host="namdinh.gov.vn", action=rel(PORTAL_N).rsplit("/", 1)[1], body=body,
        sidebar="", head_html=_portal_head(n_title, PORTAL_N, None))
    entries.append(entry(PORTAL_N, "thanhhoa_portal", n_title, n_published, f"https://namdinh.gov.vn{PORTAL_CHANNEL}",
                         "thanhhoa_portal/v1", "original", text["body"]))

    # Listings. The province's leaders channel relays district news with absolute links.
    leaders = "https://thanhhoa.gov.vn" + PORTAL_LEADERS
    channels = {
        leaders: [[(rel(PORTAL_T), t_title, t_published), (seed_url, seed_title, seed_published)],
                     [(PORTAL_H, h_title, h_published)], []],
        f"https://hoanghoa.thanhhoa.gov.vn{PORTAL_CHANNEL}": [[(rel(PORTAL_H), h_title, h_published)], []],
        f"https://namdinh.gov.vn{PORTAL_CHANNEL}": [[(rel(PORTAL_N), n_title, n_published)], []],
        # The seed builder writes page 1 of these two; page 2 is empty.
        f"https://thanhhoa.gov.vn{PORTAL_CHANNEL}": [None, []],
        f"https://trieuson.thanhhoa.gov.vn{PORTAL_CHANNEL}": [None, []],
    }
    headings = {"Hoat-dong-cua-lanh-dao-tinh.aspx": "Hoạt động của lãnh đạo tỉnh", "Tin-tuc-su-kien.aspx": "Tin tức sự kiện"}
    for url, pages in channels.items():
        host, name = urlsplit(url).hostname, url.rsplit("/", 1)[1]
        for page, links in enumerate(pages, 1):
            if links is None:
                continue
            page_url = url if page == 1 else f"{url}?Page={page}"
            files[replay_file_name(page_url)] = _portal_channel(host, headings[name], rel(page_url).rsplit("/", 1)[1], links)
    for host in ("hoanghoa.thanhhoa.gov.vn", "namdinh.gov.vn"):
        files[f"{host}/robots.txt"] = PORTAL_ROBOTS
    return entries, files


BUILDERS = [vnexpress_pages, vietnamplus_pages, dangcongsan_pages, quochoi_pages, portal_pages]
