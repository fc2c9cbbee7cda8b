-- One row per article URL: its most recent fetch that a parser could read.
select
    md5(url) as article_id,
    page_id,
    url,
    source,
    published_at,
    title,
    lead,
    author,
    body_text,
    parser,
    fetched_at
from {{ source('raw', 'pages') }}
where page_type = 'article'
  and body_text is not null
  and published_at is not null
qualify row_number() over (partition by url order by fetched_at desc, page_id) = 1
