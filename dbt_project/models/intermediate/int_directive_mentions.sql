{{ config(materialized='view') }}

-- Every directive as one article reports it, with the meeting cluster of the meeting it was
-- given at (int_directive_reports; the cluster changes as reports of other sites come in).
select
    md5(concat_ws('|', d.article_id, d.directive_index)) as directive_id,
    m.meeting_id,
    d.* exclude (extracted_at)
from {{ ref('int_directive_reports') }} d
left join {{ ref('int_meeting_clusters') }} m
    on m.article_id = d.article_id and m.meeting_index = d.meeting_index
