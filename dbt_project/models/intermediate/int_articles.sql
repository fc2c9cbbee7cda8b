{{ config(unique_key='article_id') }}

-- Clean text, quality flags and a fingerprint, computed once per new or changed page.
-- The lead (sapo) is article text too: it often states the meeting itself.
with changed as (
    select *, vngov_clean_text(concat_ws(chr(10) || chr(10), lead, body_text)) as clean_text
    from {{ ref('stg_articles') }}
    {% if is_incremental() %}
    where page_id not in (select page_id from {{ this }})
    {% endif %}
)

select
    article_id, page_id, url, source, published_at, title, lead, author, parser, clean_text,
    vngov_quality_flags(clean_text) as quality_flags,
    vngov_fingerprint(clean_text) as fingerprint
from changed
