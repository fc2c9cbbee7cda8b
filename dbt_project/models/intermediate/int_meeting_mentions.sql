{{ config(materialized='view') }}

-- Every meeting as one article reports it (int_meeting_clusters says which are one event).
select f.article_id, f.url, f.published_at,
       unnest(json_transform(f.facts -> 'meetings', {{ meeting_json_type() }}), recursive := true)
from {{ ref('int_article_facts') }} f
where f.extraction_error is null
