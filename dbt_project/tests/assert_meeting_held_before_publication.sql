-- warn: the GX suite checks the same and quarantines the rows that fail, so one bad row
-- never stops a build (issue 9).
{{ config(severity='warn') }}
-- A reported meeting was held: never after the earliest article that reports it.
select m.meeting_id
from {{ ref('fct_meetings') }} m
join {{ ref('int_meeting_clusters') }} c using (meeting_id)
join {{ ref('int_meeting_mentions') }} mm using (article_id, meeting_index)
group by m.meeting_id, m.meeting_date
having m.meeting_date > min(mm.published_at)::date
