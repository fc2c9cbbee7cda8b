{{ config(materialized='view') }}

-- Every meeting as one article reports it. The same event reported by several articles
-- (or sites) shares a meeting_key: its date plus who chaired it (or, failing that, the body).
with mentions as (
    select f.article_id, f.url, f.published_at,
           unnest(json_transform(f.facts -> 'meetings', {{ meeting_json_type() }}), recursive := true)
    from {{ ref('int_article_facts') }} f
    where f.extraction_error is null
)

select
    *,
    md5(concat_ws('|', meeting_date,
        coalesce({{ match_key('chair_name') }}, {{ match_key('body') }}, article_id))) as meeting_id
from mentions
