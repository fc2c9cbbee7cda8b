{{ config(materialized='incremental', incremental_strategy='replace_scopes',
          unique_key='article_id', row_key='meeting_index') }}

-- Every meeting as one article reports it (int_meeting_clusters says which are one event).
-- A table, incremental by article: each build unpacks the facts of the articles extracted since
-- the last one; an article left with no meeting (or failed) comes as one empty row, which
-- clears its old mentions (the replace_scopes strategy, macros/replace_scopes.sql).
with changed as (
    select article_id, url, published_at, facts, extraction_error, extracted_at
    from {{ ref('int_article_facts') }}
    {% if is_incremental() %}
    where extracted_at > (select coalesce(max(extracted_at), '-infinity'::timestamptz) from {{ this }})
    {% endif %}
),

mentions as (
    select article_id,
           unnest(json_transform(facts -> 'meetings', {{ meeting_json_type() }}), recursive := true)
    from changed
    where extraction_error is null
)

select c.article_id, c.url, c.published_at, m.* exclude (article_id), c.extracted_at
from changed c
-- the empty rows only on an update: the first build creates the table from this select
{% if is_incremental() %}left {% endif %}join mentions m on m.article_id = c.article_id
