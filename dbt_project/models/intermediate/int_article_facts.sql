{{ config(unique_key='article_id') }}

-- The extraction itself (Python, vngov.extract), run once per new or changed article.
with changed as (
    select *
    from {{ ref('int_articles') }}
    {% if is_incremental() %}
    where page_id not in (select page_id from {{ this }})
    {% endif %}
),

extracted as (
    select
        article_id, page_id, url, published_at,
        vngov_extract(clean_text, published_at::varchar, title)::json as facts
    from changed
)

select *, facts ->> 'error' as extraction_error
from extracted
