{{ config(unique_key='article_id') }}

-- Each article's current page with what the extraction stage (vngov/extraction.py) made of it:
-- clean text, quality flags and fingerprint. Incremental on extracted_at, so a page extracted
-- since the last run, new or re-extracted by changed rules, replaces its article's row.
select
    s.article_id, s.page_id, s.url, s.source, s.published_at, s.title, s.lead, s.author, s.parser,
    e.clean_text, e.quality_flags, e.fingerprint, e.extracted_at
from {{ ref('stg_articles') }} s
join {{ source('raw', 'extractions') }} e on e.page_id = s.page_id
{% if is_incremental() %}
where e.extracted_at > (select coalesce(max(extracted_at), '-infinity'::timestamptz) from {{ this }})
{% endif %}
