-- One row per article URL: its most recent fetch that a parser could read and, of that fetch,
-- the most recent parse (`vngov reparse` adds a row with the same fetched_at and a later
-- parsed_at when a fixed parser reads the page differently; rows from before parsed_at come last).
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
    fetched_at,
    parsed_at
from {{ source('raw', 'pages') }}
where page_type = 'article'
  and body_text is not null
  and published_at is not null
qualify row_number() over (
    partition by url order by fetched_at desc, parsed_at desc nulls last, page_id) = 1
