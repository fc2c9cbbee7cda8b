{{ config(materialized='incremental', incremental_strategy='replace_scopes',
          unique_key='article_id', row_key='directive_index') }}

-- Every directive as one article reports it, unpacked from the facts once per extraction (as
-- int_meeting_mentions; int_directive_mentions adds each report's meeting cluster).
with changed as (
    select article_id, url, published_at, facts, extraction_error, extracted_at
    from {{ ref('int_article_facts') }}
    {% if is_incremental() %}
    where extracted_at > (select coalesce(max(extracted_at), '-infinity'::timestamptz) from {{ this }})
    {% endif %}
),

reports as (
    select article_id,
           unnest(json_transform(facts -> 'directives', {{ directive_json_type() }}), recursive := true)
    from changed
    where extraction_error is null
)

select c.article_id, c.url, c.published_at, r.* exclude (article_id), c.extracted_at
from changed c
-- the empty rows only on an update: the first build creates the table from this select
{% if is_incremental() %}left {% endif %}join reports r on r.article_id = c.article_id
