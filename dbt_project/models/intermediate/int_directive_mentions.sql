{{ config(materialized='view') }}

with directives as (
    select f.article_id, f.url, f.published_at,
           unnest(json_transform(f.facts -> 'directives', {{ directive_json_type() }}), recursive := true)
    from {{ ref('int_article_facts') }} f
    where f.extraction_error is null
)

select
    md5(concat_ws('|', d.article_id, d.directive_index)) as directive_id,
    m.meeting_id,
    d.*
from directives d
left join {{ ref('int_meeting_clusters') }} m
    on m.article_id = d.article_id and m.meeting_index = d.meeting_index
