"""Replay pages for the VCCorp/Admicro CMS sites: baochinhphu, nld, tuoitre, thanhnien, mst.

Article text comes from tests/gold/dev.jsonl (the row's own text, verbatim, split on blank lines:
the first paragraph is the sapo, a last paragraph of "byline / teaser title / teaser title" lines is
the page's byline and related box) or, for mst and nld's old template, from short texts written for
this file. Chrome (menus, captions, related boxes, share bars, tags, comment nodes) follows
shared/sites.md §0, §1, §4, §10, §11, §7 and is invented.

Each site gets its articles, the first page of a listing, its page-2 AJAX fragment (timelinelist,
timeline or loadmore) linking an older article, an empty page 3 (paging stops there), an RSS feed
and, for new hosts, robots.txt. Manifest entries carry what a parser must read from each page:
title, lead, author, body (the expected paragraphs), captions (photo captions on the page, never in
body), the parser version and where the text is from.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from generate import REPO, VN, attr, baochinhphu_article, esc, head, rfc822, robots, rss, slugify, split_for_comment

DEV = REPO / "tests" / "gold" / "dev.jsonl"


@dataclass
class Story:
    source: str
    url: str
    title: str
    published: datetime
    sapo: str  # the lead as the page prints it, site mark included
    lead: str  # the lead a parser should return
    paragraphs: list[str]  # the body text, in order
    author: str
    caption: str  # the photo caption the figure after the first paragraph carries
    related: list[str]  # titles in the related-news box
    tags: list[str]
    text_from: str
    parser: str
    listing_url: str = ""
    chrome: list[str] = field(default_factory=list)  # strings that must not reach the body

    @property
    def path(self) -> str:
        return "/" + self.url.split("/", 3)[3]

    @property
    def host(self) -> str:
        return self.url.split("/")[2]

    @property
    def body(self) -> list[str]:
        """What a parser should read: the paragraphs. The caption (in the figure after the first
        paragraph) describes the photo, not the story, and is listed apart under "captions"."""
        return list(self.paragraphs)

    def entry(self) -> dict:
        return {
            "url": self.url, "source": self.source, "title": self.title,
            "published_at": self.published.isoformat(), "listing_url": self.listing_url,
            "parser": self.parser, "text_from": self.text_from, "lead": self.lead, "author": self.author,
            "body": self.body, "captions": [self.caption], "tags": self.tags, "chrome": self.related + self.chrome,
        }


def dev_rows() -> dict[str, dict]:
    rows = {}
    for line in DEV.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows[row["url"]] = row
    return rows


def from_dev(row: dict, *, mark: str, author: str | None = None, caption: str, related: list[str] | None = None,
             tags: list[str], parser: str) -> Story:
    """A dev row as a page: sapo = first paragraph; a last paragraph of several lines is byline + teasers."""
    text = row["text"]
    assert unicodedata.is_normalized("NFC", text)
    paragraphs = text.split("\n\n")
    tail = paragraphs[-1].split("\n")
    if len(tail) > 1:  # the flattened page's byline, then the titles of two related stories
        paragraphs = paragraphs[:-1]
        author, related = tail[0], tail[1:]
    assert author and related and all("\n" not in p for p in paragraphs), row["url"]
    return Story(
        source=row["source"], url=row["url"], title=row["title"],
        published=datetime.fromisoformat(row["published_at"]), sapo=mark + paragraphs[0], lead=paragraphs[0],
        paragraphs=paragraphs[1:], author=author, caption=caption, related=related, tags=tags,
        text_from="tests/gold/dev.jsonl", parser=parser,
    )


# --- shared markup -------------------------------------------------------------------------------


def js_date(dt: datetime, label: str = "Indochina Time") -> str:
    """How a browser prints a Date: the CMS leaves these in comments inside article bodies."""
    return f"{dt:%a %b %d %Y %H:%M:%S} GMT+0700 ({label})"


def us_date(dt: datetime) -> str:
    """baochinhphu's RSS pubDate: month first, 12-hour clock, no zone ("9/14/2026 6:44:00 PM")."""
    return f"{dt.month}/{dt.day}/{dt.year} {dt.hour % 12 or 12}:{dt:%M:%S} {'PM' if dt.hour >= 12 else 'AM'}"


def article_id(prefix: str, dt: datetime, serial: int) -> str:
    return f"{prefix}{dt:%y%m%d%H%M%S}{serial:03d}"


def related_url(host: str, title: str, rid: str) -> str:
    return f"https://{host}/{slugify(title)}-{rid}.htm"


def related_box(host: str, titles: list[str], ids: list[str], heading: str, dates: list[datetime]) -> str:
    """The in-body "Tham khảo thêm" box between its comment markers (shared/sites.md §1)."""
    items = "\n".join(
        f'<li class="kbwscwlrl" data-url="{attr(related_url(host, t, rid)[len("https://" + host):])}" '
        f'data-title="{attr(t)}" data-date="{d:%d/%m/%Y %H:%M}">'
        f'<a class="kbwscwlrl-link" href="{attr(related_url(host, t, rid))}" title="{attr(t)}">'
        f'<p class="kbwscwlrl-title">{esc(t)}</p></a></li>'
        for t, rid, d in zip(titles, ids, dates)
    )
    return (
        "<!--bonewsrelation-->\n"
        '<div class="VCSortableInPreviewMode alignRight" type="RelatedNewsBox" contenteditable="false">\n'
        f'<div class="kbwscwl-relatedbox type-5">\n<strong class="kbwscwl-relatedbox-title">{esc(heading)}</strong>\n'
        f'<ul class="kbwscwl-list">\n{items}\n</ul>\n</div>\n</div>\n'
        "<!--eonewsrelation-->"
    )


def figure(img: str, alt: str, caption: str) -> str:
    thumb = img.replace("/20", "/thumb_w/780/20", 1)
    return (
        '<figure class="VCSortableInPreviewMode" type="Photo" style="">\n'
        f'<div><a href="{attr(img)}" data-fancybox="img-lightbox" title="{attr(alt)}" target="_blank" class="detail-img-lightbox">'
        f'<img src="{attr(thumb)}" alt="{attr(alt)}" title="{attr(alt)}" w="1280" h="853" loading="lazy"></a></div>\n'
        f'<figcaption class="PhotoCMS_Caption"><p data-placeholder="[nhập chú thích]">{esc(caption)}</p></figcaption>\n'
        '<div class="button-dowload-img"><a href="javascript:;">Tải ảnh</a></div>\n'
        "</figure>"
    )


def body_html(s: Story, *, img: str, related: str, p_attr: str = "", byline: str = "", extra_after: dict | None = None,
              repeat_last: bool = False, comment_label: str = "Indochina Time") -> str:
    """The article body the way the CMS stores it: paragraphs, a photo after the first one, a JS
    date left in a comment mid-paragraph, React text markers, the related box, an optional repeated
    paragraph (printed twice by the CMS), the byline and a trailing comment."""
    out = []
    for i, para in enumerate(s.paragraphs):
        if i == 1:
            a, b = split_for_comment(para)
            out.append(f"<p{p_attr}>{esc(a)}<!-- {js_date(s.published, comment_label)} -->{esc(b)}</p>")
            out.append(related)
        elif i == 2:
            out.append(f"<p{p_attr}><!-- react-text: 57 -->{esc(para)}<!-- /react-text --></p>")
        else:
            out.append(f"<p{p_attr}>{esc(para)}</p>")
        if i == 0:
            out.append(figure(img, s.title + " - Ảnh 1.", s.caption))
        if extra_after and i in extra_after:
            out.append(extra_after[i])
    if repeat_last:
        out.append(f"<p{p_attr}>{esc(s.paragraphs[-1])}</p>")
    if byline:
        out.append(byline)
    out.append(f"<!-- {js_date(s.published)} -->")
    return "\n".join(out)


def menu(items: list[str], cls: str = "menu-item") -> str:
    return " ".join(f'<a class="{cls}" href="/{slugify(m)}.htm" title="{attr(m)}">{esc(m)}</a>' for m in items)


def jsonld(s: Story, publisher: str) -> dict:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title, "description": s.lead,
            "url": s.url, "datePublished": s.published.isoformat(), "dateModified": s.published.isoformat(),
            "author": {"@type": "Person", "name": s.author}, "publisher": {"@type": "Organization", "name": publisher}}


def feed_item(s: Story, image: str) -> dict:
    return {"title": s.title, "url": s.url, "published": s.published, "description": s.lead, "image": image}


def feed(items: list[dict], *, title: str, link: str, generator: str, us_dates: bool = False) -> str:
    text = rss(channel_title=title, channel_link=link, items=items, generator=generator)
    if us_dates:  # rss() writes RFC 822 dates; baochinhphu writes "M/D/YYYY h:mm:ss AM"
        for when in {it["published"] for it in items}:
            text = text.replace(f"<pubDate>{rfc822(when)}</pubDate>", f"<pubDate>{us_date(when)}</pubDate>")
    return text


EMPTY_FRAGMENT = "\n"  # what an AJAX page past the last one returns: nothing to list


# --- baochinhphu.vn --------------------------------------------------------------------------------

BCP = "baochinhphu.vn"
BCP_MENU = ["Chính phủ", "Chỉ đạo điều hành", "Chính sách mới", "Kinh tế", "Xã hội", "Quốc tế", "Trả lời công dân"]
BCP_ZONE = "1025"  # chi-dao-dieu-hanh.htm (its first page comes from generate.py)
BCP_NOV = "https://baochinhphu.vn/thu-tuong-pham-minh-chinh-chu-tri-phien-hop-chinh-phu-thuong-ky-thang-10-2025-102251104204500117.htm"
BCP_FEB = "https://baochinhphu.vn/thuong-truc-chinh-phu-hop-ve-tinh-hinh-san-xuat-kinh-doanh-dau-nam-102250212123000441.htm"
BCP_JAN = "https://baochinhphu.vn/hoi-nghi-chinh-phu-voi-dia-phuong-trien-khai-nhiem-vu-nam-2025-102250108130000145.htm"
BCP_MAR = "https://baochinhphu.vn/thu-tuong-yeu-cau-day-nhanh-giai-ngan-von-dau-tu-cong-nam-2025-102250313150000214.htm"


def bcp_image(s: Story) -> str:
    return f"https://bcp.cdnchinhphu.vn/334894974524682240/{s.published.year}/{s.published.month}/{s.published.day}/anh-1-{s.url[-22:-4]}.jpg"


def bcp_page(s: Story, *, related_rows: list[dict], author_top: bool) -> str:
    """An article page in baochinhphu's template, like the seed page's (generate.py)."""
    box = related_box(BCP, [r["title"] for r in related_rows], [r["url"][-22:-4] for r in related_rows],
                      "Tham khảo thêm", [datetime.fromisoformat(r["published_at"]) for r in related_rows])
    byline = "" if author_top else f'<p style="text-align: right;"><b>{esc(s.author)}</b></p>'
    body = body_html(s, img=bcp_image(s), related=box, p_attr=' style="text-align: justify;"', byline=byline,
                     comment_label="Giờ Đông Dương")
    author_html = (f'<div class="detail-author-top"><a class="detail-author-top-name" href="/tac-gia/{slugify(s.author)}.htm">'
                   f"{esc(s.author)} -</a></div>\n" if author_top else "")
    tags = " ".join(f'<a href="/{slugify(t)}.html" title="{attr(t)}">{esc(t)}</a>' for t in s.tags)
    head_html = head(title=s.title, url=s.url, description=s.lead, published=s.published, site_name="Báo Điện tử Chính phủ",
                     section="Chỉ đạo điều hành", image=bcp_image(s), jsonld=jsonld(s, "Báo Điện tử Chính phủ"),
                     extra=f'<meta property="article:modified_time" content="{s.published.isoformat()}">\n')
    date_line = f"{['Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy', 'Chủ nhật'][s.published.weekday()]}, {s.published:%d/%m/%Y - %H:%M}"
    return f"""<!DOCTYPE html>
<html lang="vi">
{head_html}
<body>
<header class="header">
<div class="header-top"><a class="logo" href="/" title="Báo Điện tử Chính phủ"><img src="https://static.mediacdn.vn/baochinhphu/image/logo.png" alt="Báo Điện tử Chính phủ"></a></div>
<nav class="header-menu"><a class="home" href="/" title="Trang chủ"></a> {menu(BCP_MENU)}</nav>
</header>
<div class="container">
<div class="detail-container" data-layout="1">
<div class="detail-top">
<div class="detail-cate"><a data-role="cate-name" href="/chi-dao-dieu-hanh.htm" title="Chỉ đạo điều hành">Chỉ đạo điều hành</a></div>
</div>
<h1 class="detail-title" data-role="title">{esc(s.title)}</h1>
<div class="detail-time" data-role="publishdate">{esc(date_line)}</div>
{author_html}<div class="detail-share"><a href="javascript:;" class="item fb" title="Chia sẻ facebook"></a><a href="javascript:;" class="item zalo" title="Chia sẻ zalo"></a><a href="javascript:;" class="item print" title="In bài"></a></div>
<h2 class="detail-sapo" data-role="sapo">{esc(s.sapo)}</h2>
<div class="detail-content afcbc-body" data-role="content">
{body}
</div>
<div class="detail-tag-list"><span>Từ khóa:</span> {tags}</div>
</div>
</div>
<footer class="footer"><p>Cơ quan chủ quản: Văn phòng Chính phủ</p><p>© Báo Điện tử Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam</p></footer>
</body>
</html>
"""


def bcp_stream_item(s: Story) -> str:
    rid, path = s.url[-22:-4], s.path
    return f"""<div class="box-stream-item" data-id="{rid}">
<a class="box-stream-link-thumb" data-linktype="newsdetail" data-id="{rid}" href="{path}" title="{attr(s.title)}"><img src="{bcp_image(s)}" alt="{attr(s.title)}"></a>
<div class="box-stream-content">
<h2><a class="box-stream-link-title" data-linktype="newsdetail" data-id="{rid}" href="{path}" title="{attr(s.title)}">{esc(s.title)}</a></h2>
<span class="box-stream-category"><a href="/chi-dao-dieu-hanh.htm">Chỉ đạo điều hành</a></span>
<span class="box-stream-time">{s.published:%d/%m/%Y %H:%M}</span>
<p class="box-stream-sapo">{esc(s.lead)}</p>
</div>
</div>"""


def baochinhphu_pages(seeds: Path):
    rows = dev_rows()
    nov = from_dev(rows[BCP_NOV], mark="(Chinhphu.vn) - ", author="Minh Anh", parser="baochinhphu/v1",
                   caption="Quang cảnh Phiên họp tại điểm cầu trụ sở Chính phủ - Ảnh: VGP", related=[rows[BCP_MAR]["title"]],
                   tags=["Phiên họp Chính phủ thường kỳ", "giải ngân vốn đầu tư công", "Thủ tướng Phạm Minh Chính"])
    feb = from_dev(rows[BCP_FEB], mark="(Chinhphu.vn) - ", author="Thu Giang", parser="baochinhphu/v1",
                   caption="Các đại biểu dự cuộc họp - Ảnh: VGP", related=[rows[BCP_JAN]["title"]],
                   tags=["Thường trực Chính phủ", "sản xuất kinh doanh", "xuất nhập khẩu"])
    nov.listing_url = "https://baochinhphu.vn/home.rss"
    feb.listing_url = f"https://baochinhphu.vn/timelinelist/{BCP_ZONE}/2.htm"
    for s in (nov, feb):
        s.chrome = ["Tham khảo thêm", "Tải ảnh", "Từ khóa", "(Chinhphu.vn)", s.title + " - Ảnh 1."]

    seed, _ = baochinhphu_article(seeds)  # the seed article sits between the two in the home feed
    seed_item = {"title": seed["title"], "url": seed["url"], "published": datetime.fromisoformat(seed["published_at"]),
                 "description": seed["title"], "image": "https://bcp.cdnchinhphu.vn/334894974524682240/2025/3/5/anh-1-1741136900001.jpg"}
    home = feed([feed_item(nov, bcp_image(nov)), seed_item, feed_item(feb, bcp_image(feb))],
                title="Báo Điện tử Chính phủ - Trang chủ", link="https://baochinhphu.vn/", generator="baochinhphu.vn",
                us_dates=True)
    page2 = bcp_stream_item(feb) + "\n"
    files = {
        BCP + nov.path: bcp_page(nov, related_rows=[rows[BCP_MAR]], author_top=False),
        BCP + feb.path: bcp_page(feb, related_rows=[rows[BCP_JAN]], author_top=True),
        f"{BCP}/timelinelist/{BCP_ZONE}/2.htm": page2,
        f"{BCP}/timelinelist/{BCP_ZONE}/3.htm": EMPTY_FRAGMENT,
        f"{BCP}/home.rss": home,
    }
    return [nov.entry(), feb.entry()], files


# --- nld.com.vn: the old template (nld/v1) -------------------------------------------------------

NLD = "nld.com.vn"
NLD_OLD_PUBLISHED = datetime(2023, 3, 14, 10, 30, tzinfo=VN)
NLD_OLD = Story(
    source="nld", text_from="original", parser="nld/v1",
    url=f"https://nld.com.vn/thoi-su/tp-hcm-yeu-cau-kiem-tra-an-toan-chung-cu-cu-truoc-ngay-30-6-{NLD_OLD_PUBLISHED:%Y%m%d%H%M%S}123.htm",
    title="TP HCM yêu cầu kiểm tra an toàn chung cư cũ trước ngày 30-6",
    published=NLD_OLD_PUBLISHED,
    sapo="(NLĐO) - Sáng 14-3, UBND TP HCM họp với các sở, ngành và UBND các quận về việc kiểm định an toàn "
         "những chung cư cũ xây dựng trước năm 1975 trên địa bàn thành phố.",
    lead="Sáng 14-3, UBND TP HCM họp với các sở, ngành và UBND các quận về việc kiểm định an toàn "
         "những chung cư cũ xây dựng trước năm 1975 trên địa bàn thành phố.",
    paragraphs=[
        "Theo báo cáo của Sở Xây dựng, nhiều chung cư cũ ở các quận trung tâm đã xuống cấp, có nơi tường "
        "nứt, ban công bong tróc, đe dọa an toàn của người dân đang sinh sống.",
        "Kết luận cuộc họp, lãnh đạo UBND TP HCM yêu cầu Sở Xây dựng phối hợp với UBND các quận hoàn thành "
        "việc kiểm tra, đánh giá chất lượng tất cả chung cư cũ trước ngày 30-6.",
        "Đối với các chung cư có nguy cơ mất an toàn, UBND các quận phải lập phương án di dời người dân đến "
        "nơi ở tạm, báo cáo UBND thành phố trong tháng 4.",
        "Sở Quy hoạch - Kiến trúc được giao rà soát quy hoạch các khu đất có chung cư cũ để kêu gọi đầu tư "
        "cải tạo, xây dựng lại theo hình thức phù hợp.",
    ],
    author="Thanh Tùng",
    caption="Một chung cư cũ ở quận 1 đã xuống cấp - Ảnh: Thanh Tùng",
    related=["Người dân chung cư cũ mong sớm được tái định cư", "Cải tạo chung cư cũ: cần cơ chế đủ mạnh"],
    tags=["chung cư cũ", "UBND TP HCM", "Sở Xây dựng"],
    listing_url="https://nld.com.vn/loadmorecategory-1002-2.htm",
    chrome=["Tin liên quan", "(NLĐO)", "Chia sẻ"],
)


def nld_old_page(s: Story) -> str:
    """The template nld used before .detail-content: div#ContentDetail.knc-content, no data-role marks."""
    img = f"https://nld.mediacdn.vn/2023/3/14/chung-cu-cu-{s.url[-21:-4]}.jpg"
    related = "\n".join(
        f'<li><a href="{related_url(NLD, t, f"{s.published - timedelta(days=k):%Y%m%d%H%M%S}{400 + k}")}" '
        f'title="{attr(t)}">{esc(t)}</a></li>' for k, t in enumerate(s.related, 1)
    )
    body = []
    for i, para in enumerate(s.paragraphs):
        if i == 2:
            a, b = split_for_comment(para)
            body.append(f"<p>{esc(a)}<!-- {js_date(s.published)} -->{esc(b)}</p>")
        else:
            body.append(f"<p>{esc(para)}</p>")
        if i == 0:
            body.append(
                f'<div class="VCSortableInPreviewMode" type="Photo"><div><img src="{img}" alt="{attr(s.title)}" '
                f'title="{attr(s.title)}"></div><div class="PhotoCMS_Caption"><p>{esc(s.caption)}</p></div></div>'
            )
        if i == 1:
            body.append(f'<div class="relate-news"><div class="relate-title">Tin liên quan</div><ul>\n{related}\n</ul></div>')
    body.append(f'<p style="text-align: right;"><strong>{esc(s.author)}</strong></p>')
    tags = " ".join(f'<a href="/{slugify(t)}.html">{esc(t)}</a>' for t in s.tags)
    head_html = head(title=s.title, url=s.url, description=s.lead, published=s.published,
                     site_name="Báo Người Lao Động Online", section="Thời sự", image=img)
    return f"""<!DOCTYPE html>
<html lang="vi">
{head_html}
<body>
<div id="header"><a class="logo" href="/" title="Người Lao Động">Người Lao Động</a>
<ul class="menu">{"".join(f'<li><a href="/{slugify(m)}.htm">{esc(m)}</a></li>' for m in ["Thời sự", "Quốc tế", "Lao động", "Bạn đọc", "Kinh tế", "Pháp luật"])}</ul></div>
<div id="main" class="detail">
<div class="cate-detail"><a href="/thoi-su.htm" title="Thời sự">Thời sự</a></div>
<h1 class="title-detail">{esc(s.title)}</h1>
<div class="ngay_detail"><span class="ngayxuatban">{s.published:%d-%m-%Y - %H:%M}</span></div>
<div class="share-detail"><a href="javascript:;" class="fb">Chia sẻ</a></div>
<h2 class="sapo-detail">{esc(s.sapo)}</h2>
<div id="ContentDetail" class="knc-content contentdetail">
{chr(10).join(body)}
</div>
<div class="tag-detail"><span>Tags:</span> {tags}</div>
</div>
<div id="footer"><p>© Bản quyền thuộc về Báo Người Lao Động</p></div>
</body>
</html>
"""


def nld_pages(seeds: Path):
    s = NLD_OLD
    page2 = f"""<div class="box-category-item" data-id="{s.url[-21:-4]}">
<a class="box-category-link-with-avatar" href="{s.path}" title="{attr(s.title)}" data-linktype="newsdetail"><img src="https://nld.mediacdn.vn/2023/3/14/thumb-{s.url[-21:-4]}.jpg" alt="{attr(s.title)}"></a>
<h3 class="box-title-text"><a class="box-category-link-title" data-linktype="newsdetail" href="{s.path}" title="{attr(s.title)}">{esc(s.title)}</a></h3>
<p class="box-category-sapo">{esc(s.lead)}</p>
<span class="box-category-time" title="{s.published.isoformat()}">{s.published:%d/%m/%Y %H:%M}</span>
</div>
"""
    files = {
        NLD + s.path: nld_old_page(s),
        f"{NLD}/loadmorecategory-1002-2.htm": page2,
        f"{NLD}/loadmorecategory-1002-3.htm": EMPTY_FRAGMENT,
    }
    return [s.entry()], files


# --- tuoitre.vn -----------------------------------------------------------------------------------

TT = "tuoitre.vn"
TT_ZONE = "3"  # thời sự (shared/sites.md §10)
TT_MENU = ["Thời sự", "Thế giới", "Pháp luật", "Kinh doanh", "Công nghệ", "Xe", "Nhịp sống trẻ", "Văn hóa",
           "Giải trí", "Thể thao", "Giáo dục", "Sức khỏe"]
TT_AUG = "https://tuoitre.vn/nghe-an-dat-han-giao-mat-bang-duong-ven-bien-trong-thang-9-20240819180512345.htm"
TT_SEP = "https://tuoitre.vn/bo-tai-chinh-trien-khai-giai-phap-ho-tro-doanh-nghiep-bi-anh-huong-bao-so-3-20240912090012345.htm"
TT_DEC = "https://tuoitre.vn/tu-1-1-2025-vuot-den-do-bi-phat-den-20-trieu-dong-20241226100012345.htm"


def ymd(dt: datetime) -> str:
    return f"{dt.year}/{dt.month}/{dt.day}"  # CDN paths: no zero padding


def tt_image(s: Story) -> str:
    return f"https://cdn2.tuoitre.vn/471584752817336320/{ymd(s.published)}/anh-1-{s.url[-21:-4]}.jpg"


def tt_id(s: Story, hours: int, serial: int) -> str:
    return f"{s.published - timedelta(hours=hours):%Y%m%d%H%M%S}{serial:03d}"


def tt_page(s: Story) -> str:
    ids = [tt_id(s, 20 + 5 * k, 200 + k) for k in range(len(s.related))]
    dates = [s.published - timedelta(hours=20 + 5 * k) for k in range(len(s.related))]
    box = related_box(TT, s.related, ids, "Đọc tiếp", dates)
    body = body_html(s, img=tt_image(s), related=box)
    tags = " ".join(f'<a href="/{slugify(t)}.htm" title="{attr(t)}">{esc(t)}</a>' for t in s.tags)
    head_html = head(title=s.title, url=s.url, description=s.lead, published=s.published,
                     site_name="TUOI TRE ONLINE", section="Thời sự", image=tt_image(s), jsonld=jsonld(s, "Báo Tuổi Trẻ"),
                     extra=f'<meta name="pubdate" content="{s.published.isoformat()}">\n')
    return f"""<!DOCTYPE html>
<html lang="vi">
{head_html}
<body>
<header class="header">
<div class="header-top"><a class="logo" href="/" title="Tuổi Trẻ Online">Tuổi Trẻ Online</a> <a class="btn-login" href="javascript:;" rel="nofollow">Đăng nhập</a></div>
<nav class="menu-nav">{menu(TT_MENU, "nav-link")}</nav>
</header>
<main class="detail-container">
<div class="detail-top">
<div class="detail-cate"><a data-role="cate-name" href="/thoi-su.htm" title="Thời sự">Thời sự</a></div>
<div class="detail-time"><div data-role="publishdate">{s.published:%d/%m/%Y %H:%M} GMT+7</div></div>
</div>
<h1 class="detail-title article-title" data-role="title">{esc(s.title)}</h1>
<div class="detail-cmain">
<div class="detail-share"><a href="javascript:;" class="share-fb" title="Chia sẻ Facebook">Chia sẻ</a></div>
<h2 class="detail-sapo" data-role="sapo">{esc(s.sapo)}</h2>
<div class="detail-content afcbc-body" data-role="content">
{body}
</div>
<div class="author-info"><a class="name" href="/tac-gia/{slugify(s.author)}.htm" title="{attr(s.author)}">{esc(s.author)}</a></div>
<div class="detail-tab"><div class="detail-tag-list">{tags}</div></div>
<div class="box-comm"><span class="title">Bình luận (0)</span></div>
</div>
</main>
<footer class="footer"><p>Cơ quan chủ quản: Thành Đoàn TP Hồ Chí Minh</p><p>Copyright © Tuổi Trẻ Online</p></footer>
</body>
</html>
"""


def category_item(s: Story, image: str) -> str:
    """A listing item in the box-category markup tuoitre, thanhnien and nld share."""
    rid = s.url.rsplit("-", 1)[1][:-4]
    return f"""<div class="box-category-item" data-id="{rid}">
<a class="box-category-link-with-avatar" href="{s.path}" title="{attr(s.title)}" data-linktype="newsdetail" data-id="{rid}"><img src="{image}" alt="{attr(s.title)}"></a>
<h3 class="box-title-text"><a class="box-category-link-title" data-linktype="newsdetail" data-id="{rid}" href="{s.path}" title="{attr(s.title)}">{esc(s.title)}</a></h3>
<p class="box-category-sapo">{esc(s.lead)}</p>
</div>"""


def category_page(*, title: str, canonical: str, site: str, nav: str, heading: str, zone: str | None, items: str,
                  more: str | None, feed_url: str) -> str:
    """A listing's first page; zone and more (the "Xem thêm" AJAX URL) are left out for unpaged listings."""
    zone_input = f'<input type="hidden" id="hdZoneId" value="{zone}">\n' if zone else ""
    more_link = f'<a class="view-more list__viewmore" href="javascript:;" data-url="{attr(more)}">Xem thêm</a>\n' if more else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<link rel="canonical" href="{attr(canonical)}">
<link rel="alternate" type="application/rss+xml" title="{attr(heading)}" href="{attr(feed_url)}">
</head>
<body class="category-page">
<header class="header"><a class="logo" href="/">{esc(site)}</a>
<nav>{nav}</nav></header>
<main class="container">
<h1 class="category-title"><a href="{attr(canonical)}" title="{attr(heading)}">{esc(heading)}</a></h1>
{zone_input}<div class="box-category-middle list__focus-main">
{items}
</div>
{more_link}</main>
<footer class="footer"><p>{esc(site)}</p></footer>
</body>
</html>
"""


def tuoitre_pages(seeds: Path):
    rows = dev_rows()
    aug = from_dev(rows[TT_AUG], mark="TTO - ", parser="tuoitre/v1",
                   caption="Một đoạn đường ven biển qua thị xã Hoàng Mai đang thi công - Ảnh: DOÃN HÒA",
                   tags=["đường ven biển", "Nghệ An", "giải phóng mặt bằng"])
    dec = from_dev(rows[TT_DEC], mark="TTO - ", parser="tuoitre/v1",
                   caption="Cảnh sát giao thông làm nhiệm vụ tại một giao lộ - Ảnh: DANH TRỌNG",
                   tags=["Nghị định 168", "vượt đèn đỏ", "trừ điểm giấy phép lái xe"])
    sep = from_dev(rows[TT_SEP], mark="TTO - ", author="NGỌC AN", parser="tuoitre/v1",
                   related=["Gia hạn thuế cho doanh nghiệp vùng bão lũ", "Xuất cấp gạo dự trữ quốc gia hỗ trợ người dân"],
                   caption="Quang cảnh hội nghị - Ảnh: NGỌC AN",
                   tags=["bão số 3", "Bộ Tài chính", "gia hạn thuế"])
    first_page = [dec, sep]
    for s in first_page:
        s.listing_url = "https://tuoitre.vn/thoi-su.htm"
    aug.listing_url = f"https://tuoitre.vn/timeline/{TT_ZONE}/trang-2.htm"
    for s in (aug, dec, sep):
        s.chrome = ["Đọc tiếp", "Tải ảnh", "Bình luận", "TTO -", s.title + " - Ảnh 1."]

    listing = category_page(title="Tin thời sự mới nhất - Tuổi Trẻ Online", canonical="https://tuoitre.vn/thoi-su.htm",
                            site="Tuổi Trẻ Online", nav=menu(TT_MENU, "nav-link"), heading="Thời sự", zone=TT_ZONE,
                            items="\n".join(category_item(s, tt_image(s)) for s in first_page),
                            more=f"/timeline/{TT_ZONE}/trang-2.htm", feed_url="https://tuoitre.vn/rss/thoi-su.rss")
    feed_text = feed([feed_item(s, tt_image(s)) for s in (dec, sep, aug)], title="Thời sự - Tuổi Trẻ Online",
                     link="https://tuoitre.vn/thoi-su.htm", generator="tuoitre.vn")
    files = {TT + s.path: tt_page(s) for s in (aug, dec, sep)}
    files.update({
        f"{TT}/thoi-su.htm": listing,
        f"{TT}/timeline/{TT_ZONE}/trang-2.htm": category_item(aug, tt_image(aug)) + "\n",
        f"{TT}/timeline/{TT_ZONE}/trang-3.htm": EMPTY_FRAGMENT,
        f"{TT}/rss/thoi-su.rss": feed_text,
        f"{TT}/robots.txt": robots(["/admin/", "/tim-kiem.htm", "/*?*"], "https://tuoitre.vn/sitemap.xml"),
    })
    return [s.entry() for s in (dec, sep, aug)], files


# --- thanhnien.vn ---------------------------------------------------------------------------------

TN = "thanhnien.vn"
TN_ZONE = "1854"  # thời sự (shared/sites.md §11)
TN_MENU = ["Thời sự", "Thế giới", "Kinh tế", "Đời sống", "Sức khỏe", "Giới trẻ", "Giáo dục", "Du lịch", "Văn hóa",
           "Giải trí", "Thể thao", "Công nghệ", "Xe"]
TN_FEB = "https://thanhnien.vn/thu-tuong-tap-doan-nha-nuoc-phai-dan-dat-tang-truong-hai-con-so-185250212191012345.htm"
TN_NOV = "https://thanhnien.vn/gdp-quy-iv-2023-du-bao-tang-tren-6-185231102100012345.htm"
TN_APR = "https://thanhnien.vn/bo-noi-vu-de-nghi-cac-dia-phuong-bao-cao-so-can-bo-nghi-viec-truoc-155-185250428101512345.htm"


def tn_image(s: Story) -> str:
    return f"https://images2.thanhnien.vn/528068263637045248/{ymd(s.published)}/anh-1-{s.url[-22:-4]}.jpg"


def tn_page(s: Story) -> str:
    more = "\n".join(
        f'<li><a class="morenews-link" href="{related_url(TN, t, article_id("185", s.published - timedelta(days=k + 1), 700 + k))}" '
        f'title="{attr(t)}">{esc(t)}</a></li>' for k, t in enumerate(s.related)
    )
    extra = {
        0: '<div class="banner-ads" id="admzone480456"><span>Quảng cáo</span></div>',
        len(s.paragraphs) - 1: f'<div class="morenews"><div class="morenews-title">Tin liên quan</div><ul>\n{more}\n</ul></div>',
    }
    body = body_html(s, img=tn_image(s), related="", extra_after=extra, repeat_last=True)
    tags = " ".join(f'<a href="/{slugify(t)}-tags.htm" title="{attr(t)}">{esc(t)}</a>' for t in s.tags)
    head_html = head(title=s.title, url=s.url, description=s.lead, published=s.published, site_name="Báo Thanh Niên",
                     section="Thời sự", image=tn_image(s), jsonld=jsonld(s, "Báo Thanh Niên"))
    return f"""<!DOCTYPE html>
<html lang="vi">
{head_html}
<body>
<header class="header"><a class="logo" href="/" title="Báo Thanh Niên">Thanh Niên</a>
<nav class="menu-nav">{menu(TN_MENU)}</nav></header>
<div class="detail__cmain">
<div class="detail-cate"><a data-role="cate-name" href="/thoi-su.htm" title="Thời sự">Thời sự</a></div>
<h1 class="detail-title" data-role="title">{esc(s.title)}</h1>
<div class="detail-info">
<div class="detail-author"><a class="name" href="/tac-gia/{slugify(s.author)}.htm" title="{attr(s.author)}">{esc(s.author)}</a></div>
<div class="detail-time" data-role="publishdate">{s.published:%d/%m/%Y %H:%M} GMT+7</div>
</div>
<div class="detail-share"><a href="javascript:;" class="share-fb">Chia sẻ</a><a href="javascript:;" class="share-zalo">Zalo</a></div>
<h2 class="detail-sapo" data-role="sapo">{esc(s.sapo)}</h2>
<div class="detail-cmain">
<div id="abb-content" class="detail-content afcbc-body" data-role="content">
{body}
</div>
</div>
<div class="details__tags"><span>Từ khóa:</span> {tags}</div>
<div class="article-relate"><div class="title">Tin liên quan</div></div>
</div>
<footer class="footer"><p>Cơ quan chủ quản: Trung ương Hội Liên hiệp Thanh niên Việt Nam</p><p>© Báo Thanh Niên</p></footer>
</body>
</html>
"""


def thanhnien_pages(seeds: Path):
    rows = dev_rows()
    feb = from_dev(rows[TN_FEB], mark="", parser="thanhnien/v1", caption="Quang cảnh cuộc họp - Ảnh: Nhật Bắc",
                   tags=["tập đoàn nhà nước", "tăng trưởng hai con số", "Thủ tướng Phạm Minh Chính"])
    nov = from_dev(rows[TN_NOV], mark="", parser="thanhnien/v1", caption="Sản xuất tại một nhà máy ở Bắc Ninh - Ảnh: Chí Nhân",
                   tags=["GDP", "Tổng cục Thống kê", "tăng trưởng kinh tế"])
    apr = from_dev(rows[TN_APR], mark="", author="Mai Hà", parser="thanhnien/v1",
                   related=["Chính sách cho cán bộ nghỉ việc khi sắp xếp bộ máy", "Sắp xếp đơn vị hành chính hai cấp"],
                   caption="Người dân làm thủ tục tại bộ phận một cửa - Ảnh minh họa: Mai Hà",
                   tags=["Bộ Nội vụ", "Nghị định 178", "sắp xếp bộ máy"])
    first_page = [apr, feb]
    for s in first_page:
        s.listing_url = "https://thanhnien.vn/thoi-su.htm"
    nov.listing_url = f"https://thanhnien.vn/timelinelist/{TN_ZONE}/2.htm"
    for s in (feb, nov, apr):
        s.chrome = ["Tin liên quan", "Quảng cáo", "Tải ảnh", "Từ khóa", s.title + " - Ảnh 1."]

    listing = category_page(title="Thời sự - Báo Thanh Niên", canonical="https://thanhnien.vn/thoi-su.htm",
                            site="Báo Thanh Niên", nav=menu(TN_MENU), heading="Thời sự", zone=TN_ZONE,
                            items="\n".join(category_item(s, tn_image(s)) for s in first_page),
                            more=f"/timelinelist/{TN_ZONE}/2.htm", feed_url="https://thanhnien.vn/rss/home.rss")
    feed_text = feed([feed_item(s, tn_image(s)) for s in (apr, feb, nov)], title="Thanh Niên - Trang chủ",
                     link="https://thanhnien.vn/", generator="thanhnien.vn")
    files = {TN + s.path: tn_page(s) for s in (feb, nov, apr)}
    files.update({
        f"{TN}/thoi-su.htm": listing,
        f"{TN}/timelinelist/{TN_ZONE}/2.htm": category_item(nov, tn_image(nov)) + "\n",
        f"{TN}/timelinelist/{TN_ZONE}/3.htm": EMPTY_FRAGMENT,
        f"{TN}/rss/home.rss": feed_text,
        f"{TN}/robots.txt": robots(["/admin/", "/tim-kiem.htm", "/*?*"], "https://thanhnien.vn/sitemap.xml"),
    })
    return [s.entry() for s in (apr, feb, nov)], files


# --- mst.gov.vn (texts written for this fixture) --------------------------------------------------

MST = "mst.gov.vn"
MST_ZONE = "19704"  # tin-tong-hop: an invented zone id (the CMS is inferred, shared/sites.md §7)
MST_SUFFIX = " - Bộ Khoa học và Công nghệ"
MST_MENU = ["Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Thủ tục hành chính", "Chuyển đổi số", "Đổi mới sáng tạo",
            "Năng lượng nguyên tử", "Liên hệ"]


MST_LISTING = "https://mst.gov.vn/tin-tuc-su-kien/tin-tong-hop.htm"


def mst_story(published: datetime, serial: int, title: str, lead: str, paragraphs: list[str], author: str,
              caption: str, related: list[str], tags: list[str], listing_url: str) -> Story:
    return Story(source="mst", url=f"https://mst.gov.vn/{slugify(title)}-{article_id('197', published, serial)}.htm",
                 title=title, published=published, sapo=lead, lead=lead, paragraphs=paragraphs, author=author,
                 caption=caption, related=related, tags=tags, text_from="original", parser="mst/v1",
                 listing_url=listing_url, chrome=["Tải ảnh", "Từ khóa", "Chia sẻ", "In bài", title + " - Ảnh 1."])


MST_STORIES = [
    mst_story(
        datetime(2025, 11, 6, 16, 20, tzinfo=VN), 147,
        "Bộ trưởng Nguyễn Mạnh Hùng chủ trì giao ban công tác tháng 10/2025",
        "Chiều 6/11, tại trụ sở Bộ Khoa học và Công nghệ, Bộ trưởng Nguyễn Mạnh Hùng chủ trì hội nghị giao ban "
        "đánh giá kết quả công tác tháng 10 và triển khai nhiệm vụ tháng 11/2025.",
        [
            "Theo báo cáo của Văn phòng Bộ, trong tháng 10, Bộ đã trình Chính phủ ba dự thảo nghị định hướng dẫn "
            "Luật Khoa học, công nghệ và đổi mới sáng tạo; phần lớn hồ sơ thủ tục hành chính của Bộ đã được giải "
            "quyết trực tuyến toàn trình.",
            "Phát biểu chỉ đạo, Bộ trưởng yêu cầu các đơn vị tập trung hoàn thiện hồ sơ các đề án trình Chính phủ "
            "theo chương trình công tác năm, không để chậm trễ vì khâu phối hợp giữa các vụ, cục.",
            "Bộ trưởng giao Vụ Pháp chế chủ trì, phối hợp với các đơn vị liên quan hoàn thành dự thảo Thông tư "
            "hướng dẫn cơ chế thử nghiệm có kiểm soát, trình lãnh đạo Bộ trước ngày 20/11/2025.",
            "Các đơn vị sự nghiệp trực thuộc Bộ phải hoàn thành phương án tự chủ tài chính giai đoạn 2026-2030, "
            "gửi Vụ Kế hoạch - Tài chính chậm nhất ngày 15/12/2025.",
        ],
        "Minh Ngọc", "Quang cảnh hội nghị giao ban - Ảnh: MST",
        ["Bộ Khoa học và Công nghệ công bố kết quả cải cách hành chính quý III"],
        ["giao ban", "Bộ trưởng Nguyễn Mạnh Hùng", "cải cách hành chính"], MST_LISTING,
    ),
    mst_story(
        datetime(2025, 10, 22, 9, 40, tzinfo=VN), 218,
        "Thứ trưởng Bùi Hoàng Phương họp về triển khai nền tảng số dùng chung",
        "Sáng 22/10, Thứ trưởng Bộ Khoa học và Công nghệ Bùi Hoàng Phương chủ trì cuộc họp với các cục, vụ "
        "liên quan về tiến độ triển khai các nền tảng số dùng chung của bộ, ngành và địa phương.",
        [
            "Báo cáo tại cuộc họp, Cục Chuyển đổi số quốc gia cho biết nhiều nền tảng số đã được công bố và kết "
            "nối với Cổng Dịch vụ công quốc gia; tuy vậy, một số địa phương còn lúng túng trong khâu chuẩn hóa dữ liệu.",
            "Kết luận cuộc họp, Thứ trưởng đề nghị các đơn vị bám sát kế hoạch của Bộ về phát triển nền tảng số, "
            "ưu tiên những nền tảng phục vụ trực tiếp người dân và doanh nghiệp.",
            "Thứ trưởng giao Cục Chuyển đổi số quốc gia chủ trì xây dựng bộ tiêu chí đánh giá mức độ sử dụng nền "
            "tảng, báo cáo Bộ trưởng trước ngày 5/11/2025; các địa phương cần hoàn thành việc tích hợp chữ ký số "
            "trên các nền tảng trong quý IV/2025.",
        ],
        "Phương Thảo", "Quang cảnh cuộc họp - Ảnh: MST",
        ["Hướng dẫn đánh giá mức độ trưởng thành chuyển đổi số của địa phương"],
        ["nền tảng số", "chuyển đổi số", "Cục Chuyển đổi số quốc gia"], MST_LISTING,
    ),
    mst_story(
        datetime(2025, 9, 30, 15, 10, tzinfo=VN), 365,
        "Lãnh đạo Bộ Khoa học và Công nghệ họp triển khai nhiệm vụ quý IV/2025",
        "Chiều 30/9, Bộ trưởng Nguyễn Mạnh Hùng chủ trì cuộc họp lãnh đạo Bộ để rà soát các nhiệm vụ còn tồn "
        "đọng và phân công triển khai nhiệm vụ quý IV/2025.",
        [
            "Theo Văn phòng Bộ, sau chín tháng, Bộ đã hoàn thành phần lớn nhiệm vụ được Chính phủ, Thủ tướng "
            "Chính phủ giao; các nhiệm vụ còn lại chủ yếu là đề án về hạ tầng số và thị trường khoa học, công nghệ.",
            "Bộ trưởng yêu cầu thủ trưởng các đơn vị trực tiếp chịu trách nhiệm về tiến độ từng nhiệm vụ, không "
            "để phát sinh nhiệm vụ quá hạn; vướng mắc vượt thẩm quyền phải báo cáo lãnh đạo Bộ ngay.",
            "Vụ Kế hoạch - Tài chính được giao hoàn thành phân bổ kinh phí sự nghiệp khoa học còn lại của năm "
            "2025 trước ngày 15/10/2025. Các đơn vị phải giải ngân hết vốn đầu tư công được giao trước ngày 31/12/2025.",
        ],
        "Minh Ngọc", "Các đại biểu dự cuộc họp - Ảnh: MST",
        ["Bộ Khoa học và Công nghệ sơ kết công tác 9 tháng"],
        ["kế hoạch quý IV", "lãnh đạo Bộ", "giải ngân"], f"https://mst.gov.vn/timelinelist/{MST_ZONE}/2.htm",
    ),
]


def mst_image(s: Story) -> str:
    return f"https://mst.mediacdn.vn/{ymd(s.published)}/anh-1-{s.url[-22:-4]}.jpg"


def mst_page(s: Story) -> str:
    one = s.related[0]
    rid = article_id("197", s.published - timedelta(days=3), 512)
    related = (
        '<div class="VCSortableInPreviewMode" type="RelatedOneNews" contenteditable="false">'
        f'<a class="related-one" href="{related_url(MST, one, rid)}" title="{attr(one)}">{esc(one)}</a></div>'
    )
    byline = (f'<p style="text-align: right;"><strong>{esc(s.author)}</strong></p>\n'  # then a share bar inside the body
              '<div class="share-bar"><p>Chia sẻ: <a href="javascript:;">Facebook</a> <a href="javascript:;">Zalo</a> '
              '<a href="javascript:window.print();">In bài</a></p></div>')
    body = body_html(s, img=mst_image(s), related=related, p_attr=' style="text-align: justify;"', byline=byline)
    tags = " ".join(f'<a href="/tags/{slugify(t)}.htm" title="{attr(t)}">{esc(t)}</a>' for t in s.tags)
    head_html = head(title=s.title + MST_SUFFIX, url=s.url, description=s.lead, published=s.published,
                     site_name="Bộ Khoa học và Công nghệ", section="Tin tổng hợp", image=mst_image(s))
    return f"""<!DOCTYPE html>
<html lang="vi">
{head_html}
<body>
<header class="header">
<div class="header-top"><a class="logo" href="/" title="Bộ Khoa học và Công nghệ"><img src="https://static.mediacdn.vn/mst/logo.png" alt="Bộ Khoa học và Công nghệ"></a>
<a class="lang" href="/en.htm">English</a></div>
<nav class="menu">{menu(MST_MENU)}</nav>
</header>
<div class="container detail-page">
<div class="breadcrumb"><a href="/tin-tuc-su-kien.htm">Tin tức - Sự kiện</a> <a data-role="cate-name" href="/tin-tuc-su-kien/tin-tong-hop.htm">Tin tổng hợp</a></div>
<h1 class="detail-title" data-role="title">{esc(s.title)}</h1>
<div class="detail-time" data-role="publishdate">{s.published:%d/%m/%Y %H:%M}</div>
<div class="detail-share"><a href="javascript:;" class="fb">Chia sẻ</a><a href="javascript:window.print();" class="print">In bài</a></div>
<h2 class="detail-sapo" data-role="sapo">{esc(s.sapo)}</h2>
<div class="detail-content afcbc-body" data-role="content">
{body}
</div>
<div class="detail-tag-list"><span>Từ khóa:</span> {tags}</div>
</div>
<footer class="footer"><p>Cổng thông tin điện tử Bộ Khoa học và Công nghệ</p><p>Địa chỉ: 113 Trần Duy Hưng, Cầu Giấy, Hà Nội</p></footer>
</body>
</html>
"""


def mst_stream_item(s: Story) -> str:
    rid = s.url[-22:-4]
    return f"""<div class="box-stream-item" data-id="{rid}">
<a class="box-stream-link-thumb" href="{s.path}" title="{attr(s.title)}" data-linktype="newsdetail"><img src="{mst_image(s)}" alt="{attr(s.title)}"></a>
<h3><a class="box-stream-link-title" data-linktype="newsdetail" href="{s.path}" title="{attr(s.title)}">{esc(s.title)}</a></h3>
<span class="box-stream-time">{s.published:%d/%m/%Y %H:%M}</span>
<p class="box-stream-sapo">{esc(s.lead)}</p>
</div>"""


def mst_pages(seeds: Path):
    new, mid, old = MST_STORIES
    listing = category_page(title="Tin tổng hợp" + MST_SUFFIX, canonical=MST_LISTING,
                            site="Bộ Khoa học và Công nghệ", nav=menu(MST_MENU), heading="Tin tổng hợp", zone=MST_ZONE,
                            items="\n".join(mst_stream_item(s) for s in (new, mid)),
                            more=f"/timelinelist/{MST_ZONE}/2.htm", feed_url="https://mst.gov.vn/rss/tin-tuc-su-kien.rss")
    day = category_page(title=f"Tin ngày {new.published:%d/%m/%Y}" + MST_SUFFIX,
                        canonical=f"https://mst.gov.vn/tin-tuc-su-kien/xem-theo-ngay-{new.published:%d-%m-%Y}.htm",
                        site="Bộ Khoa học và Công nghệ", nav=menu(MST_MENU), heading=f"Tin ngày {new.published:%d/%m/%Y}",
                        zone=None, items=mst_stream_item(new), more=None, feed_url="https://mst.gov.vn/rss/tin-tuc-su-kien.rss")
    feed_text = feed([feed_item(s, mst_image(s)) for s in MST_STORIES], title="Tin tức - Sự kiện - Bộ Khoa học và Công nghệ",
                     link="https://mst.gov.vn/tin-tuc-su-kien.htm", generator="mst.gov.vn")
    files = {MST + s.path: mst_page(s) for s in MST_STORIES}
    files.update({
        f"{MST}/tin-tuc-su-kien/tin-tong-hop.htm": listing,
        f"{MST}/tin-tuc-su-kien/xem-theo-ngay-{new.published:%d-%m-%Y}.htm": day,
        f"{MST}/timelinelist/{MST_ZONE}/2.htm": mst_stream_item(old) + "\n",
        f"{MST}/timelinelist/{MST_ZONE}/3.htm": EMPTY_FRAGMENT,
        f"{MST}/rss/tin-tuc-su-kien.rss": feed_text,
        f"{MST}/robots.txt": robots(["/admin/", "/tim-kiem.htm"], "https://mst.gov.vn/sitemap.xml"),
    })
    return [s.entry() for s in MST_STORIES], files


BUILDERS = [baochinhphu_pages, nld_pages, tuoitre_pages, thanhnien_pages, mst_pages]
