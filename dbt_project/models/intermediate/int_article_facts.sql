{{ config(unique_key='article_id') }}

-- The facts the extraction stage found in each article's current page (raw.extractions.facts:
-- meetings, directives, documents), or the error that stopped it.
select
    a.article_id, a.page_id, a.url, a.published_at, e.facts, e.extraction_error, a.extracted_at
from {{ ref('int_articles') }} a
join {{ source('raw', 'extractions') }} e on e.page_id = a.page_id
{% if is_incremental() %}
where a.extracted_at > (select coalesce(max(extracted_at), '-infinity'::timestamptz) from {{ this }})
{% endif %}
