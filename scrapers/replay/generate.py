#!/usr/bin/env python3
"""Build the offline replay site from the seed texts.

    python scrapers/replay/generate.py [--out DIR]      (default: scrapers/replay/site)

Each seed (tests/fixtures/seeds/, the project's copies of shared/seeds) is a real page flattened to
text. This script wraps it back into HTML the way its site marks articles up (selectors from
shared/sites.md), with page chrome, a listing page or RSS feed linking it and a robots.txt per host.
The layout is `<out>/<host>/<url path>`: https://nld.com.vn/thoi-su.htm is `<out>/nld.com.vn/thoi-su.htm`.
`<out>/MANIFEST.json` lists the articles (url, source, seed, title, published_at, listing_url).

Rules: every line of article text is the seed's own, verbatim (HTML-escaped); only chrome (menus,
teaser titles, related links, footers) is invented. The output is deterministic: run it twice,
get the same bytes (tests/test_sites.py checks the committed site against a fresh run).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import shutil
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "tests" / "fixtures" / "seeds"
DEFAULT_OUT = Path(__file__).resolve().parent / "site"
VN = timezone(timedelta(hours=7))

SEED_NLD = "000_60b7c584a8ca58de.txt"
SEED_VNEXPRESS = "001_ab23a1216aca3d47.txt"
SEED_BAOCHINHPHU = "003_c105d1a4a7ffbdfc.txt"
SEED_PORTAL = "004_604c375a6f971958.txt"

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
ALT_LINE = re.compile(r"\s?- Ảnh \d+\.$")  # "<title> - Ảnh 1.": an image's alt text, not a paragraph


# --- small helpers -------------------------------------------------------------------------------


def esc(text: str) -> str:
    """Text node: HTML-escaped, no-break spaces written the way CMS editors leave them (&nbsp;)."""
    return html.escape(text, quote=False).replace("\xa0", "&nbsp;")


def attr(text: str) -> str:
    return html.escape(text, quote=True).replace("\xa0", "&nbsp;")


def slugify(text: str, keep_case: bool = False) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")
    return text if keep_case else text.lower()


def token(seed: str, n: int) -> str:
    """n stable pseudo-random [a-z0-9] characters (the portal's URL suffix)."""
    digest = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    out = ""
    for _ in range(n):
        digest, r = divmod(digest, len(alphabet))
        out += alphabet[r]
    return out


def seed_lines(name: str, seeds: Path) -> list[str]:
    return (seeds / name).read_text(encoding="utf-8").split("\n")


def index_of(lines: list[str], predicate, start: int = 0) -> int:
    for i in range(start, len(lines)):
        if predicate(lines[i]):
            return i
    raise ValueError("seed marker not found")


def groups(lines: list[str]) -> list[list[str]]:
    """Blank-line separated groups of non-blank lines (how a flattened page marks blocks)."""
    out, cur = [], []
    for line in lines:
        if line.strip():
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def rfc822(dt: datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[dt.weekday()]}, {dt.day:02d} {months[dt.month - 1]} {dt.year} {dt:%H:%M:%S} +0700"


def head(*, title: str, url: str, description: str, published: datetime, site_name: str,
         section: str, image: str, extra: str = "", jsonld: dict | None = None) -> str:
    iso = published.isoformat()
    ld = ""
    if jsonld is not None:
        ld = f'<script type="application/ld+json">{json.dumps(jsonld, ensure_ascii=False)}</script>\n'
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{attr(description)}">
<link rel="canonical" href="{attr(url)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{attr(site_name)}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(description)}">
<meta property="og:url" content="{attr(url)}">
<meta property="og:image" content="{attr(image)}">
<meta property="article:published_time" content="{iso}">
<meta property="article:section" content="{attr(section)}">
{extra}{ld}</head>"""


def robots(disallow: list[str], sitemap: str | None = None) -> str:
    lines = ["User-agent: *"] + [f"Disallow: {p}" for p in disallow] + ["Allow: /"]
    if sitemap:
        lines += ["", f"Sitemap: {sitemap}"]
    return "\n".join(lines) + "\n"


def rss(*, channel_title: str, channel_link: str, items: list[dict], generator: str) -> str:
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">',
        "<channel>",
        f"<title>{esc(channel_title)}</title>",
        f"<link>{esc(channel_link)}</link>",
        f"<description>{esc(channel_title)}</description>",
        "<language>vi-VN</language>",
        f"<generator>{esc(generator)}</generator>",
        f"<pubDate>{rfc822(items[0]['published'])}</pubDate>",
    ]
    for it in items:
        assert "]]>" not in it["description"]
        out += [
            "<item>",
            f"<title>{esc(it['title'])}</title>",
            f"<description><![CDATA[<a href=\"{it['url']}\"><img src=\"{it['image']}\" ></a></br>{it['description']}]]></description>",
            f"<pubDate>{rfc822(it['published'])}</pubDate>",
            f"<link>{esc(it['url'])}</link>",
            f"<guid isPermaLink=\"true\">{esc(it['url'])}</guid>",
            "<slash:comments>0</slash:comments>",
            "</item>",
        ]
    out += ["</channel>", "</rss>"]
    return "\n".join(out) + "\n"


# --- nld.com.vn <- seed 000 -----------------------------------------------------------------------

NLD_TAGS = [  # the seed's tag-cloud line, cut into tags (checked against the line below)
    "trí tuệ nhân tạo", "chuyển đổi số", "AI", "kinh tế số", "xã hội số", "Nghị quyết 57", "chính phủ số",
    "Tổng Bí thư Tô Lâm", "Khoa học, công nghệ", "công nghệ chiến lược", "thị trường khoa học công nghệ",
]
NLD_CDN = "https://nld.mediacdn.vn/291774122806476800/2025/10/15"


def nld_menu_item(line: str) -> str:
    """One line of the flattened header as the element that would print it."""
    if line.startswith("HOTLINE"):
        return f'<div class="header-hotline">{esc(line)}</div>'
    if line.startswith("icon "):  # links with an icon whose alt text is "icon"
        links = [part.strip() for part in line.split("icon ") if part.strip()]
        return " ".join(
            f'<a class="top-link" href="/{slugify(t)}.htm"><img src="https://static.mediacdn.vn/nld/icon-{slugify(t)}.svg" alt="icon"> {esc(t)}</a>'
            for t in links
        )
    if line == "Facebook Youtube Zalo Rss":
        return " ".join(f'<a class="social-{n.lower()}" href="{h}" target="_blank" rel="nofollow">{n}</a>' for n, h in (
            ("Facebook", "https://www.facebook.com/nguoilaodong"), ("Youtube", "https://www.youtube.com/@nld"),
            ("Zalo", "https://zalo.me/nguoilaodong"), ("Rss", "/rss.htm")))
    if line == "Người lao động News":
        return '<a class="logo" href="/" title="Người lao động"><span class="logo-name">Người lao động</span> <span class="logo-sub">News</span></a>'
    if line == "Tìm kiếm":
        return '<button class="btn-search" type="button">Tìm kiếm</button>'
    if line == "Đăng nhập":
        return '<a class="btn-login" href="javascript:;" rel="nofollow">Đăng nhập</a>'
    if line == "xem thêm":
        return '<a class="menu-more" href="javascript:;">xem thêm</a>'
    if len(line.split()) <= 4:  # a section name
        return f'<a class="menu-cate" href="/{slugify(line)}.htm" title="{attr(line)}">{esc(line)}</a>'
    return f'<div class="menu-sub">{esc(line)}</div>'  # a row of sub-sections


def dialog_block(group: list[str]) -> str:
    """Lines of one block: runs of "• " lines become a list, other runs a paragraph with <br>s."""
    out, run, bullets = [], [], False
    for line in group + [None]:
        is_bullet = line is not None and line.strip().startswith("•")
        if run and (line is None or is_bullet != bullets):
            if bullets:
                out.append("<ul>" + "".join(f"<li>{esc(x.strip().lstrip('•').strip())}</li>" for x in run) + "</ul>")
            else:
                out.append("<p>" + "<br>".join(esc(x.strip()) for x in run) + "</p>")
            run = []
        if line is not None:
            run.append(line)
            bullets = is_bullet
    return "".join(out)


def nld_article(seeds: Path) -> tuple[dict, dict[str, str]]:
    lines = seed_lines(SEED_NLD, seeds)
    crumb = index_of(lines, lambda s: s == "Thời sự Chính trị")
    title_i = index_of(lines, str.strip, crumb + 1)
    author_i = index_of(lines, str.strip, title_i + 1)
    sapo_i = index_of(lines, str.strip, author_i + 1)
    related_i = index_of(lines, lambda s: s == "Tin liên quan", sapo_i)
    top_i = index_of(lines, lambda s: s == "Lên đầu Top", related_i)
    title, author, sapo = lines[title_i], lines[author_i], lines[sapo_i]
    assert sapo.startswith("(NLĐO) - ")
    assert " ".join(NLD_TAGS) == lines[top_i - 1]

    published = datetime(2025, 10, 15, 11, 52, tzinfo=VN)
    url = f"https://nld.com.vn/{slugify(title)}-196{published:%y%m%d%H%M%S}548.htm"
    lead = sapo.removeprefix("(NLĐO) - ")

    # Header chrome: the seed's menus, hotline and login links, one element per line.
    header = []
    for group in groups(lines[:crumb]):
        items = "\n".join(f"<li>{nld_menu_item(line)}</li>" for line in group)
        header.append(f'<ul class="menu-group">\n{items}\n</ul>')

    # Body: paragraphs; "<title> - Ảnh N." lines are the alt text of the photo whose caption follows.
    body, i, photo = [], sapo_i + 1, 0
    body_lines = lines[: related_i]
    while i < len(body_lines):
        line = body_lines[i]
        if not line.strip():
            i += 1
            continue
        if ALT_LINE.search(line):
            photo += 1
            cap_i = index_of(body_lines, str.strip, i + 1)
            img = f"{NLD_CDN}/anh-{photo}-17605039{photo:05d}.jpg"
            body.append(
                f'<figure class="VCSortableInPreviewMode" type="Photo" style="">\n'
                f'<div><a href="{img}" data-fancybox="img-lightbox" title="{attr(line)}" target="_blank" '
                f'class="detail-img-lightbox"><img src="{img.replace("nld.mediacdn.vn/", "nld.mediacdn.vn/thumb_w/684/")}" '
                f'alt="{attr(line)}" title="{attr(line)}" id="img_{photo}" w="1280" h="853" loading="lazy"></a></div>\n'
                f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="">{esc(body_lines[cap_i])}</p></figcaption>\n'
                f"</figure>"
            )
            i = cap_i + 1
            continue
        body.append(f"<p>{esc(line)}</p>")
        if line.startswith("Phát biểu khai mạc cuộc họp"):  # an empty paragraph left by the editor (seed 002 has the gap)
            body.append("<p>&nbsp;</p>")
        i += 1

    # "Tin liên quan": three related stories (the first shows its title twice: image alt + link).
    rel = [s for s in lines[related_i + 1: top_i - 1] if s.strip()]
    assert rel[0] == rel[1] and len(rel) == 7
    stories = [(rel[1], rel[2], True), (rel[3], rel[4], False), (rel[5], rel[6], False)]
    ids = ["196241224213012085", "196250107135540221", "196250113183347806"]
    related = []
    for (r_title, r_sapo, alt), rid in zip(stories, ids):
        r_url = f"https://nld.com.vn/{slugify(r_title)}-{rid}.htm"
        img_alt = attr(r_title) if alt else ""
        related.append(
            f'<div class="box-relate-item">\n'
            f'<a class="box-relate-link-avatar" href="{r_url}" title="{attr(r_title)}"><img src="{NLD_CDN}/thumb-{rid}.jpg" alt="{img_alt}"></a>\n'
            f'<h3 class="box-relate-title-news"><a class="box-relate-link-title" data-linktype="newsdetail" href="{r_url}" title="{attr(r_title)}">{esc(r_title)}</a></h3>\n'
            f'<p class="box-relate-sapo">{esc(r_sapo)}</p>\n'
            f"</div>"
        )
    tags = " ".join(f'<a href="/{slugify(t)}.html" title="{attr(t)}">{esc(t)}</a>' for t in NLD_TAGS)

    # After "Lên đầu Top": the login / comment / paywall / payment dialogs.
    modal = [f'<div class="modal-block">{dialog_block(group)}</div>' for group in groups(lines[top_i + 1:])]

    jsonld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "description": lead,
        "url": url, "datePublished": published.isoformat(), "dateModified": published.isoformat(),
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": "Báo Người Lao Động"},
    }
    head_html = head(title=title, url=url, description=lead, published=published, site_name="Báo Người Lao Động Online",
      section="Thời sự", image=f"{NLD_CDN}/anh-1-1760503900001.jpg", jsonld=jsonld,
      extra='<meta name="keywords" content="' + attr(", ".join(NLD_TAGS)) + '">\n'
            '<meta property="article:modified_time" content="' + published.isoformat() + '">\n'
            '<link rel="alternate" type="application/rss+xml" title="Thời sự" href="https://nld.com.vn/rss/thoi-su.rss">\n'
            '<script src="https://static.mediacdn.vn/nld/web_js/main.min.js" defer></script>\n')
    page = f"""<!DOCTYPE html>
<html lang="vi">
{head_html}
<body class="detail-page">
<header class="header">
{chr(10).join(header)}
</header>
<main class="container detail-container" data-id="{url[-22:-4]}">
<div class="detail-cate"><a class="bcrumbs-item category-name_ac" data-role="cate-name" href="/thoi-su.htm" title="Thời sự">Thời sự</a> <a class="bcrumbs-item" href="/thoi-su/chinh-tri.htm" title="Chính trị">Chính trị</a></div>
<h1 class="detail-title" data-role="title">{esc(title)}</h1>
<div class="detail-info">
<div class="detail-author" data-role="author"><a class="detail-author-name" href="/tac-gia/{slugify(author)}.htm">{esc(author)}</a></div>
<time class="detail-time" data-role="publishdate" datetime="{published.isoformat()}">{published:%d/%m/%Y %H:%M} GMT+7</time>
</div>
<div class="detail-share"><a class="share-fb" href="javascript:;" title="Chia sẻ Facebook"></a><a class="share-zalo" href="javascript:;" title="Chia sẻ Zalo"></a></div>
<h2 class="detail-sapo" data-role="sapo">{esc(sapo)}</h2>
<div class="detail-content afcbc-body" data-role="content">
{chr(10).join(body)}
</div>
<div class="box-relate">
<div class="box-relate-header">Tin liên quan</div>
{chr(10).join(related)}
</div>
<div class="detail-tag-list">{tags}</div>
<a class="back-to-top" href="#">Lên đầu <span>Top</span></a>
</main>
<div class="modal" id="modal-login-vip" style="display:none">
{chr(10).join(modal)}
</div>
<footer class="footer"><p>Cơ quan chủ quản: Thành ủy Thành phố Hồ Chí Minh</p><p>© Bản quyền thuộc về Báo Người Lao Động</p></footer>
<script>var pageSettings = {{ newsId: "{url[-22:-4]}", zoneId: 1002 }};</script>
</body>
</html>
"""
    meta = {"url": url, "source": "nld", "seed": SEED_NLD, "title": title,
            "published_at": published.isoformat(), "listing_url": "https://nld.com.vn/thoi-su.htm"}
    listing = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tin thời sự mới nhất - Báo Người Lao Động</title>
<link rel="canonical" href="https://nld.com.vn/thoi-su.htm">
<link rel="alternate" type="application/rss+xml" title="Thời sự" href="https://nld.com.vn/rss/thoi-su.rss">
</head>
<body class="category-page">
<header class="header"><a class="logo" href="/">Người lao động</a>
<nav><a href="/thoi-su.htm">Thời sự</a> <a href="/quoc-te.htm">Quốc tế</a> <a href="/lao-dong.htm">Lao động</a> <a href="/kinh-te.htm">Kinh tế</a> <a href="/phap-luat.htm">Pháp luật</a></nav></header>
<main class="container">
<h1 class="category-title"><a href="/thoi-su.htm">Thời sự</a></h1>
<div class="box-category" data-cate-id="1002">
<div class="box-category-item" data-id="{url[-22:-4]}">
<a class="box-category-link-with-avatar" href="{url[len('https://nld.com.vn'):]}" title="{attr(title)}" data-linktype="newsdetail"><img src="{NLD_CDN}/anh-1-1760503900001.jpg" alt="{attr(title)}"></a>
<h3 class="box-title-text"><a class="box-category-link-title" data-linktype="newsdetail" href="{url[len('https://nld.com.vn'):]}" title="{attr(title)}">{esc(title)}</a></h3>
<p class="box-category-sapo">{esc(sapo)}</p>
<span class="box-category-time" title="{published.isoformat()}">{published:%d/%m/%Y %H:%M}</span>
</div>
</div>
<a class="view-more" href="javascript:;" data-url="/loadmorecategory-1002-2.htm">Xem thêm</a>
</main>
<footer class="footer"><p>© Bản quyền thuộc về Báo Người Lao Động</p></footer>
</body>
</html>
"""
    feed = rss(channel_title="Người Lao Động - Thời sự", channel_link="https://nld.com.vn/thoi-su.htm", generator="nld.com.vn",
               items=[{"title": title, "url": url, "published": published, "description": sapo,
                       "image": f"{NLD_CDN}/anh-1-1760503900001.jpg"}])
    files = {
        "nld.com.vn" + url[len("https://nld.com.vn"):]: page,
        "nld.com.vn/thoi-su.htm": listing,
        "nld.com.vn/rss/thoi-su.rss": feed,
        "nld.com.vn/robots.txt": robots(["/admin/", "/tim-kiem.htm", "/*?*"], "https://nld.com.vn/sitemap.xml"),
    }
    return meta, files


# --- vnexpress.net <- seed 001 --------------------------------------------------------------------

# Seed 001 has no headline: this one is made of the lead's own words.
VNE_TITLE = "Tổng Bí thư: Phát triển khoa học, công nghệ là lựa chọn bắt buộc"
VNE_TEASER_TITLES = [  # invented chrome: the seed gives only each teaser's description
    ("Quốc hội thông qua Luật Khoa học, công nghệ và đổi mới sáng tạo", 4907412),
    ("Việt Nam xây dựng hệ sinh thái đổi mới sáng tạo toàn diện", 4910385),
    ("Hai nhà máy AI của FPT vào Top 500 siêu máy tính", 4901127),
    ("Phú Thọ phổ cập kỹ năng số cho người dân", 4915006),
    ("Sáu hệ thống nhiệm vụ thực hiện Nghị quyết 57", 4895530),
    ("Trợ lý ảo hỗ trợ cán bộ, người dân tra cứu thủ tục", 4912843),
]
VNE_MENU = ["Mới nhất", "Thời sự", "Góc nhìn", "Thế giới", "Video", "Podcasts", "Kinh doanh", "Bất động sản",
            "Khoa học", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch",
            "Số hóa", "Xe", "Ý kiến", "Tâm sự", "Thư giãn"]
VNE_CDN = "https://i1-vnexpress.vnecdn.net/2025/04/01"


def vnexpress_article(seeds: Path) -> tuple[dict, dict[str, str]]:
    lines = [s for s in seed_lines(SEED_VNEXPRESS, seeds)]
    byline_i = index_of(lines, lambda s: s.endswith(" - VnExpress"))
    footer_i = index_of(lines, lambda s: s == "Liên kết trang", byline_i)
    lead, body_lines, byline = lines[0], lines[1:byline_i], lines[byline_i]
    teasers = lines[byline_i + 1: footer_i]
    assert len(teasers) == len(VNE_TEASER_TITLES)
    author = byline.removesuffix(" - VnExpress")

    published = datetime(2025, 4, 1, 20, 15, tzinfo=VN)
    url = f"https://vnexpress.net/{slugify(VNE_TITLE)}-4868247.html"
    image = f"{VNE_CDN}/tong-bi-thu-1743513300.jpg"

    body = []
    for line in body_lines:
        if line.endswith(". Ảnh: TTXVN"):
            caption = esc(line.removesuffix("TTXVN")) + "<em>TTXVN</em>"
            body.append(
                '<figure data-size="true" itemprop="associatedMedia image" itemscope itemtype="http://schema.org/ImageObject" class="tplCaption action_thumb_added">\n'
                f'<meta itemprop="url" content="{image}"><meta itemprop="width" content="680"><meta itemprop="height" content="408">\n'
                f'<div class="fig-picture"><picture><img itemprop="contentUrl" loading="lazy" intrinsicsize="680x0" alt="{attr(line)}" class="lazy" src="{image}"></picture></div>\n'
                f'<figcaption itemprop="description"><p class="Image">{caption}</p></figcaption>\n'
                "</figure>"
            )
        else:
            body.append(f'<p class="Normal">{esc(line)}</p>')
    body.append(f'<p class="Normal" style="text-align:right;"><strong>{esc(author)}</strong> - VnExpress</p>')

    items = []
    for text, (t_title, t_id) in zip(teasers, VNE_TEASER_TITLES):
        t_url = f"https://vnexpress.net/{slugify(t_title)}-{t_id}.html"
        src = "#vn_source=Detail-ThoiSu-ChinhTri_Tinlienquan&vn_campaign=Box-TinXemThem&vn_medium=Item&vn_term=Desktop"
        items.append(
            f'<article class="item-news item-news-common" data-offset="{t_id}">\n'
            f'<div class="thumb-art"><a href="{t_url}" class="thumb thumb-5x3" title="{attr(t_title)}"><picture><img loading="lazy" alt="{attr(t_title)}" src="https://i1-vnexpress.vnecdn.net/2025/thumb-{t_id}.jpg"></picture></a></div>\n'
            f'<h4 class="title-news"><a href="{t_url}" title="{attr(t_title)}" data-itm-source="{src}">{esc(t_title)}</a></h4>\n'
            f'<p class="description"><a href="{t_url}" title="{attr(t_title)}">{esc(text)}</a></p>\n'
            "</article>"
        )
    date_text = f"{WEEKDAYS[published.weekday()]}, {published.day}/{published.month}/{published.year}, {published:%H:%M} (GMT+7)"
    counters = "".join(f"<span>{esc(n)}</span>" for n in lines[footer_i + 1:] if n.strip())
    menu = " ".join(f'<a href="/{slugify(m)}" title="{attr(m)}">{esc(m)}</a>' for m in VNE_MENU)
    jsonld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": VNE_TITLE, "description": lead, "image": {"@type": "ImageObject", "url": image},
        "datePublished": published.isoformat(), "dateModified": published.isoformat(),
        "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": "VnExpress"},
    }
    head_html = head(title=VNE_TITLE + " - VnExpress", url=url, description=lead, published=published,
      site_name="Báo VnExpress - Báo tiếng Việt nhiều người xem nhất", section="Thời sự", image=image, jsonld=jsonld,
      extra=f'<meta name="pubdate" itemprop="datePublished" content="{published.isoformat()}">\n'
            f'<meta name="lastmod" itemprop="dateModified" content="{published.isoformat()}">\n'
            '<meta name="keywords" content="Tổng Bí thư, Tô Lâm, khoa học công nghệ, chuyển đổi số, Nghị quyết 57">\n'
            '<meta name="its_section" content="thoi-su">\n'
            '<script src="https://s1.vnecdn.net/vnexpress/restruct/j/v1/framework/main.js" defer></script>\n')
    page = f"""<!DOCTYPE html>
<html lang="vi">
{head_html}
<body class="page-detail">
<header class="section top-header">
<div class="container"><a class="logo" href="/" title="VnExpress - Báo tiếng Việt nhiều người xem nhất"><img alt="VnExpress" src="https://s1.vnecdn.net/vnexpress/restruct/i/v9505/v2_2019/pc/graphics/logo.svg"></a>
<nav class="main-nav">{menu}</nav></div>
</header>
<section class="section page-detail top-detail">
<div class="container">
<div class="sidebar-1">
<div class="header-content width_common">
<ul class="breadcrumb" data-campaign="Header-Breadcrumb"><li><a data-medium="Menu-ThoiSu" href="/thoi-su" title="Thời sự">Thời sự</a></li><li><a data-medium="Menu-ChinhTri" href="/thoi-su/chinh-tri" title="Chính trị">Chính trị</a></li></ul>
<span class="date">{date_text}</span>
</div>
<h1 class="title-detail">{esc(VNE_TITLE)}</h1>
<p class="description">{esc(lead)}</p>
<div class="box-share-top"><a href="javascript:;" class="btn-share" data-type="facebook" title="Chia sẻ bài viết lên facebook"></a><a href="javascript:;" class="btn-share" data-type="twitter" title="Chia sẻ bài viết lên twitter"></a></div>
<article class="fck_detail ">
{chr(10).join(body)}
<div class="box-tinlienquanv2">
{chr(10).join(items)}
</div>
</article>
<div class="box_comment" id="box_comment_vne"></div>
</div>
</div>
</section>
<footer class="footer">
<div class="box-category-footer"><span class="title">Liên kết trang</span> {counters}</div>
<p class="copyright">© Copyright 1997 VnExpress.net, All rights reserved</p>
</footer>
</body>
</html>
"""
    feed = rss(channel_title="Thời sự - VnExpress RSS", channel_link="https://vnexpress.net/thoi-su", generator="FW Rss",
               items=[{"title": VNE_TITLE, "url": url, "published": published, "description": lead, "image": image}])
    meta = {"url": url, "source": "vnexpress", "seed": SEED_VNEXPRESS, "title": VNE_TITLE,
            "published_at": published.isoformat(), "listing_url": "https://vnexpress.net/rss/thoi-su.rss"}
    files = {
        "vnexpress.net" + url[len("https://vnexpress.net"):]: page,
        "vnexpress.net/rss/thoi-su.rss": feed,
        "vnexpress.net/robots.txt": robots(["/admin/", "/microservice/", "/*?*"], "https://vnexpress.net/sitemap.xml"),
    }
    return meta, files


# --- baochinhphu.vn <- seed 003 -------------------------------------------------------------------

BCP_MENU = ["Chính phủ", "Chỉ đạo điều hành", "Chính sách mới", "Kinh tế", "Xã hội", "Quốc tế", "Ý kiến chuyên gia",
            "Trả lời công dân", "Media"]
BCP_RELATED = [  # invented chrome: the "Tham khảo thêm" box
    ("Triển khai Nghị quyết 57: Tháo gỡ điểm nghẽn về thể chế", "102250228101530117", "28/02/2025 10:15"),
    ("Thủ tướng chủ trì phiên họp về phát triển hạ tầng số", "102250302163012480", "02/03/2025 16:30"),
]
BCP_CDN = "https://bcp.cdnchinhphu.vn/334894974524682240/2025/3/5"
BCP_ZONE = "1025"


def split_for_comment(text: str) -> tuple[str, str]:
    """Cut a paragraph at the first space after its middle (a comment will sit in between)."""
    cut = text.index(" ", len(text) // 2)
    return text[:cut], text[cut:]


def baochinhphu_article(seeds: Path) -> tuple[dict, dict[str, str]]:
    lines = [s for s in seed_lines(SEED_BAOCHINHPHU, seeds) if s.strip()]
    title, date_line, *content, byline = lines
    assert date_line == "Thứ tư, 05/03/2025 - 08:19" and byline == "Nguyễn Hoàng/Chinhphu"
    published = datetime(2025, 3, 5, 8, 19, tzinfo=VN)
    # The URL slug comes from the headline as written before the "hi88 com" injection.
    url = f"https://baochinhphu.vn/{slugify(title.replace('hi88 com', 'Trung'))}-102{published:%y%m%d%H%M%S}357.htm"
    path = url[len("https://baochinhphu.vn"):]
    js_date = "Wed Mar 05 2025 08:19:00 GMT+0700 (Indochina Time)"

    body, i, photo, headings, paras = [], 0, 0, 0, 0
    while i < len(content):
        line = content[i]
        if ALT_LINE.search(line):
            photo += 1
            img = f"{BCP_CDN}/anh-{photo}-17411369{photo:05d}.jpg"
            body.append(
                '<figure class="VCSortableInPreviewMode" type="Photo" style="">\n'
                f'<div><a href="{img}" data-fancybox-group="img-lightbox" title="{attr(line)}" target="_blank" class="detail-img-lightbox">'
                f'<img src="{img.replace("bcp.cdnchinhphu.vn/", "bcp.cdnchinhphu.vn/thumb_w/777/")}" alt="{attr(line)}" title="{attr(line)}" '
                f'id="img_{photo}" w="1280" h="853" class="lightbox-content" data-original="{img}" loading="lazy"></a></div>\n'
                f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]" class="NLPlaceholderShow">{esc(content[i + 1])}</p></figcaption>\n'
                '<div class="button-dowload-img"><a href="javascript:;">Tải ảnh</a></div>\n'
                "</figure>"
            )
            i += 2
            continue
        if len(line) < 120 and not line.endswith((".", "…", "/.")):  # a section heading
            headings += 1
            body.append(f"<h2>{esc(line)}</h2>" if headings == 1 else f'<p style="text-align: justify;"><b>{esc(line)}</b></p>')
            i += 1
            continue
        paras += 1
        if paras == 3:  # a JS date string left in a comment, mid-paragraph
            a, b = split_for_comment(line)
            body.append(f'<p style="text-align: justify;">{esc(a)}<!-- {js_date.replace("Indochina Time", "Giờ Đông Dương")} -->{esc(b)}</p>')
        elif paras == 4:  # React's text markers around a paragraph
            body.append(f'<p style="text-align: justify;"><!-- react-text: 41 -->{esc(line)}<!-- /react-text --></p>')
        else:
            body.append(f'<p style="text-align: justify;">{esc(line)}</p>')
        if paras == 4:  # the "Tham khảo thêm" box the CMS embeds between paragraphs
            items = "\n".join(
                f'<li class="kbwscwlrl" data-url="/{slugify(t)}-{rid}.htm" data-title="{attr(t)}" data-date="{d}">'
                f'<a class="kbwscwlrl-link" href="/{slugify(t)}-{rid}.htm" title="{attr(t)}"><p class="kbwscwlrl-title">{esc(t)}</p></a></li>'
                for t, rid, d in BCP_RELATED
            )
            body.append(
                "<!--bonewsrelation-->\n"
                '<div class="VCSortableInPreviewMode alignRight" type="RelatedNewsBox" contenteditable="false">\n'
                '<div class="kbwscwl-relatedbox type-5">\n<strong class="kbwscwl-relatedbox-title">Tham khảo thêm</strong>\n'
                f'<ul class="kbwscwl-list">\n{items}\n</ul>\n</div>\n</div>\n'
                "<!--eonewsrelation-->"
            )
        if paras == 6:
            body.append(f"<!-- {js_date} -->")
        i += 1
    body.append(f'<p style="text-align: right;"><b>{esc(byline)}</b></p>')

    menu = " ".join(f'<a href="/{slugify(m)}.htm" title="{attr(m)}">{esc(m)}</a>' for m in BCP_MENU)
    description = content[0]
    jsonld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "url": url,
        "datePublished": published.isoformat(), "dateModified": published.isoformat(),
        "publisher": {"@type": "Organization", "name": "Báo Điện tử Chính phủ"},
    }
    head_html = head(title=title, url=url, description=description, published=published, site_name="Báo Điện tử Chính phủ",
      section="Chỉ đạo điều hành", image=f"{BCP_CDN}/anh-1-1741136900001.jpg", jsonld=jsonld,
      extra=f'<meta property="article:modified_time" content="{published.isoformat()}">\n'
            '<meta name="keywords" content="Tổng Bí thư Tô Lâm, Nghị quyết 57, khoa học công nghệ, chuyển đổi số">\n'
            '<script src="https://static.mediacdn.vn/baochinhphu/web_js/detail.min.js" defer></script>\n')
    page = f"""<!DOCTYPE html>
<html lang="vi">
{head_html}
<body>
<header class="header">
<div class="header-top"><a class="logo" href="/" title="Báo Điện tử Chính phủ"><img src="https://static.mediacdn.vn/baochinhphu/image/logo.png" alt="Báo Điện tử Chính phủ"></a></div>
<nav class="header-menu"><a class="home" href="/" title="Trang chủ"></a> {menu}</nav>
</header>
<div class="container">
<div class="detail-container" data-layout="1">
<div class="detail-top">
<div class="detail-cate"><a data-role="cate-name" href="/chi-dao-dieu-hanh.htm" title="Chỉ đạo điều hành">Chỉ đạo điều hành</a></div>
</div>
<h1 class="detail-title" data-role="title">{esc(title)}</h1>
<div class="detail-time" data-role="publishdate">{esc(date_line)}</div>
<div class="detail-share"><a href="javascript:;" class="item fb" title="Chia sẻ facebook"></a><a href="javascript:;" class="item zalo" title="Chia sẻ zalo"></a><a href="javascript:;" class="item print" title="In bài"></a></div>
<div class="detail-content afcbc-body" data-role="content">
{chr(10).join(body)}
</div>
<div class="detail-tag-list"><span>Tags:</span> <a href="/tag/tong-bi-thu-to-lam.htm">Tổng Bí thư Tô Lâm</a> <a href="/tag/nghi-quyet-57.htm">Nghị quyết 57</a> <a href="/tag/chuyen-doi-so.htm">chuyển đổi số</a></div>
</div>
</div>
<footer class="footer"><p>Cơ quan chủ quản: Văn phòng Chính phủ</p><p>© Báo Điện tử Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam</p></footer>
</body>
</html>
"""
    listing = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Chỉ đạo điều hành - Báo Điện tử Chính phủ</title>
<link rel="canonical" href="https://baochinhphu.vn/chi-dao-dieu-hanh.htm">
</head>
<body>
<header class="header"><a class="logo" href="/" title="Báo Điện tử Chính phủ"><img src="https://static.mediacdn.vn/baochinhphu/image/logo.png" alt="Báo Điện tử Chính phủ"></a>
<nav class="header-menu">{menu}</nav></header>
<div class="container">
<h1 class="box-category-title"><a href="/chi-dao-dieu-hanh.htm" title="Chỉ đạo điều hành">Chỉ đạo điều hành</a></h1>
<input type="hidden" id="hdZoneId" value="{BCP_ZONE}">
<div class="box-stream" data-zone="{BCP_ZONE}">
<div class="box-stream-item" data-id="{url[-22:-4]}">
<a class="box-stream-link-thumb" data-linktype="newsdetail" data-id="{url[-22:-4]}" href="{path}" title="{attr(title)}"><img src="{BCP_CDN}/anh-1-1741136900001.jpg" alt="{attr(title)}"></a>
<div class="box-stream-content">
<h2><a class="box-stream-link-title" data-linktype="newsdetail" data-id="{url[-22:-4]}" href="{path}" title="{attr(title)}">{esc(title)}</a></h2>
<span class="box-stream-category"><a href="/chi-dao-dieu-hanh.htm">Chỉ đạo điều hành</a></span>
<span class="box-stream-time">{published:%d/%m/%Y %H:%M}</span>
<p class="box-stream-sapo">{esc(description)}</p>
</div>
</div>
</div>
<a class="list__viewmore" href="javascript:;" data-url="/timelinelist/{BCP_ZONE}/2.htm">Xem thêm</a>
</div>
<footer class="footer"><p>Cơ quan chủ quản: Văn phòng Chính phủ</p></footer>
</body>
</html>
"""
    meta = {"url": url, "source": "baochinhphu", "seed": SEED_BAOCHINHPHU, "title": title,
            "published_at": published.isoformat(), "listing_url": "https://baochinhphu.vn/chi-dao-dieu-hanh.htm"}
    files = {
        "baochinhphu.vn" + path: page,
        "baochinhphu.vn/chi-dao-dieu-hanh.htm": listing,
        "baochinhphu.vn/robots.txt": robots(["/admin/", "/ajax/", "/tim-kiem.htm"], "https://baochinhphu.vn/sitemap.xml"),
    }
    return meta, files


# --- trieuson.thanhhoa.gov.vn (thanhhoa.gov.vn portal platform) <- seed 004 -------------------------

PORTAL_MENU = ["Trang chủ", "Giới thiệu", "Tin tức sự kiện", "Chỉ đạo điều hành", "Văn bản", "Thủ tục hành chính",
               "Hỏi đáp", "Liên hệ"]
PORTAL_CHANNEL = "/portal/KenhTin/Tin-tuc-su-kien.aspx"
PORTAL_OWNERS = {
    "thanhhoa.gov.vn": "Ủy ban nhân dân tỉnh Thanh Hóa",
    "trieuson.thanhhoa.gov.vn": "Ủy ban nhân dân huyện Triệu Sơn, tỉnh Thanh Hóa",
}


def portal_paragraph(line: str) -> str:
    if not line.strip():
        return "<p>&nbsp;</p>"
    if line.strip().endswith((".jpg", ".jpeg", ".png")):
        return f'<p style="text-align: center;">{esc(line)}</p>'
    return f'<p style="text-align: justify;">{esc(line)}</p>'


def portal_page(*, site_title: str, owner: str, host: str, action: str, body: str, sidebar: str, head_html: str) -> str:
    menu = "\n".join(
        f'<li><a href="/portal/KenhTin/{slugify(m, keep_case=True)}.aspx">{esc(m)}</a></li>' if m != "Trang chủ"
        else '<li><a href="/portal/Pages/default.aspx">Trang chủ</a></li>'
        for m in PORTAL_MENU
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
{head_html}
<body>
<form method="post" action="{attr(action)}" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWAgIDDxYCHgRUZXh0ZWRkZA==" />
<div id="s4-workspace">
<div class="header"><div class="banner"><a href="/portal/Pages/default.aspx" class="site-title">{esc(site_title)}</a></div>
<ul class="top-menu">
{menu}
</ul></div>
<div class="main-content">
<div class="col-left">
{sidebar}
</div>
<div class="col-main">
{body}
</div>
</div>
<div class="footer"><p>{esc(site_title)}</p><p>Cơ quan chủ quản: {esc(owner)}</p></div>
</div>
</form>
<script type="text/javascript">//<![CDATA[
var _spPageContextInfo = {{webServerRelativeUrl: "/portal", siteAbsoluteUrl: "https://{host}"}};
//]]></script>
</body>
</html>
"""


def portal_article(seeds: Path) -> tuple[dict, dict[str, str]]:
    lines = seed_lines(SEED_PORTAL, seeds)
    title_i = index_of(lines, lambda s: s.startswith("Hội nghị toàn quốc"))
    date_i = index_of(lines, lambda s: s.startswith("Ngày "), title_i)
    second_i = index_of(lines, lambda s: s == lines[title_i], date_i)
    posted_i = index_of(lines, lambda s: s.startswith("Đăng lúc:"), second_i)
    title, date_line = lines[title_i], lines[date_i]
    poll, counter = groups(lines[:title_i])[:2], groups(lines[:title_i])[2:]
    assert date_line == "Ngày 13/01/2025 14:39:32"

    host = "trieuson.thanhhoa.gov.vn"
    published = datetime(2025, 1, 13, 14, 39, 32, tzinfo=VN)
    slug = slugify(title, keep_case=True)[:50].rstrip("-")
    url = f"https://{host}/portal/Pages/{published.year}-{published.month}-{published.day}/{slug}{token(title, 8)}.aspx"
    path = url[len(f"https://{host}"):]

    first_copy = [portal_paragraph(s) for s in lines[date_i + 1: second_i] if s]
    second_copy = [portal_paragraph(s) for s in lines[posted_i + 1:] if s]
    content = "\n".join(
        first_copy
        + [f'<p class="print-title"><strong>{esc(title)}</strong></p>', f'<p class="print-date">{esc(lines[posted_i])}</p>']
        + second_copy
    )

    (poll_title,), (poll_question,) = poll
    counter_title = counter[0][0]
    rows = counter[1]
    counter_rows = "\n".join(
        f'<tr><td class="label">{esc(rows[k])}</td><td class="value">{esc(rows[k + 1])}</td></tr>' for k in range(0, len(rows), 2)
    )
    options = ["Tin tức sự kiện", "Chỉ đạo điều hành", "Văn bản pháp quy", "Thủ tục hành chính"]
    sidebar = f"""<div class="box-poll">
<div class="box-title">{esc(poll_title)}</div>
<div class="poll-question">{esc(poll_question)}</div>
<ul class="poll-options">
{chr(10).join(f'<li><input type="radio" name="poll" value="{k}" title="{attr(o)}" /></li>' for k, o in enumerate(options, 1))}
</ul>
<input type="button" class="btn" value="Biểu quyết" /> <input type="button" class="btn" value="Xem kết quả" />
</div>
<div class="box-counter">
<div class="box-title">{esc(counter_title)}</div>
<table class="counter">
{counter_rows}
</table>
</div>"""
    body = f"""<div class="news-detail">
<h1 class="article-title">{esc(title)}</h1>
<div class="news-date">{esc(date_line)}</div>
<div class="article-content">
{content}
</div>
<div class="print-tools"><a href="javascript:window.print();">In bài</a> <a href="javascript:;" class="send-mail">Gửi email</a></div>
</div>"""
    head_html = f"""<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=10" />
<title>{esc(title)}</title>
<meta name="description" content="{attr(title)}" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:url" content="{attr(url)}" />
<meta property="article:published_time" content="{published.isoformat()}" />
<link rel="stylesheet" type="text/css" href="/portal/Style%20Library/css/portal.css" />
<script type="text/javascript" src="/_layouts/15/init.js"></script>
</head>"""
    site_title = "Cổng thông tin điện tử huyện Triệu Sơn"
    page = portal_page(site_title=site_title, owner=PORTAL_OWNERS[host], host=host, action=path.rsplit("/", 1)[1], body=body, sidebar=sidebar, head_html=head_html)

    def channel(for_host: str, heading: str, href: str) -> str:
        item = f"""<div class="news-item">
<a class="news-thumb" href="{href}"><img src="/portal/Photos/2025-01/z6223776869284_4e4a29bc4a68ea10f95ebe60afb6879e.jpg" alt="" /></a>
<a class="news-title" href="{href}">{esc(title)}</a>
<span class="news-date">(13/01/2025)</span>
</div>"""
        name = "Cổng thông tin điện tử tỉnh Thanh Hóa" if for_host == "thanhhoa.gov.vn" else site_title
        listing_head = """<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Tin tức sự kiện</title>
</head>"""
        listing_body = f"""<div class="channel">
<h1 class="channel-title">{esc(heading)}</h1>
{item}
<div class="paging"><span class="current">1</span></div>
</div>"""
        return portal_page(site_title=name, owner=PORTAL_OWNERS[for_host], host=for_host, action=PORTAL_CHANNEL.rsplit("/", 1)[1], body=listing_body, sidebar="", head_html=listing_head)

    meta = {"url": url, "source": "thanhhoa_portal", "seed": SEED_PORTAL, "title": title,
            "published_at": published.isoformat(), "listing_url": f"https://{host}{PORTAL_CHANNEL}"}
    portal_robots = robots(["/admin/", "/_layouts/", "/_vti_bin/", "/portal/_catalogs/"])
    files = {
        host + path: page,
        host + PORTAL_CHANNEL: channel(host, "Tin tức sự kiện", path),
        host + "/robots.txt": portal_robots,
        # The province portal runs the same platform and relays district news (absolute links).
        "thanhhoa.gov.vn" + PORTAL_CHANNEL: channel("thanhhoa.gov.vn", "Tin huyện, thị xã, thành phố", url),
        "thanhhoa.gov.vn/robots.txt": portal_robots,
    }
    return meta, files


# --- main ------------------------------------------------------------------------------------------

SEED_BUILDERS = [nld_article, vnexpress_article, baochinhphu_article, portal_article]


def builders() -> list:
    """The seed pages first, then the other sites' articles and the quirk/failure fixtures.

    A builder takes the seeds folder and returns (article entry or list of entries, {path: text or
    bytes}) or the same plus {url: quirk} for pages the replay server must serve specially
    (status sequences, stalls, redirects, cookie challenges, encodings: see vngov/replay.py).
    """
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from builders import BUILDERS as MORE  # noqa: E402  (scrapers/replay/builders/)

    return SEED_BUILDERS + MORE


def build(seeds: Path = SEEDS) -> dict[str, str | bytes]:
    """{relative path: file text or bytes} for the whole replay site."""
    files: dict[str, str | bytes] = {}
    manifest = []
    quirks: dict[str, dict] = {}
    for builder in builders():
        meta, pages, *more = builder(seeds)
        manifest.extend(meta if isinstance(meta, list) else [meta])
        for rel in pages:
            assert rel not in files, rel
        files.update(pages)
        for url, quirk in (more[0] if more else {}).items():
            assert url not in quirks, url
            quirks[url] = quirk
    files["MANIFEST.json"] = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    if quirks:
        files["QUIRKS.json"] = json.dumps(quirks, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return files


def write(files: dict[str, str], out: Path) -> None:
    if out.exists():
        if any(out.iterdir()) and not (out / "MANIFEST.json").exists():
            sys.exit(f"refusing to clear {out}: it is not empty and holds no MANIFEST.json")
        shutil.rmtree(out)
    for rel, text in sorted(files.items()):
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"output folder (default: {DEFAULT_OUT})")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder with the seed texts")
    args = parser.parse_args(argv)
    files = build(args.seeds)
    write(files, args.out)
    print(f"wrote {len(files)} files to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
