-- One row per meeting, however many articles and sites reported it.
select
    meeting_id,
    any_value(meeting_date) as meeting_date,
    {{ first_reported('part_of_day') }} as part_of_day,
    {{ first_reported('meeting_kind') }} as meeting_kind,
    {{ first_reported('body') }} as body,
    {{ first_reported('chair_name') }} as chair_name,
    {{ first_reported('chair_title') }} as chair_title,
    (select person_id from {{ ref('int_person_keys') }} p
     where p.name_key = {{ match_key(first_reported('chair_name')) }}) as chair_person_id,
    {{ first_reported('session_number') }} as session_number,
    {{ first_reported('location') }} as location,
    {{ first_reported('format') }} as format,
    {{ first_reported('topic') }} as topic,
    {{ first_reported('evidence_text') }} as evidence_text,
    list(distinct url order by url) as source_urls,
    count(distinct article_id) as article_count
from {{ ref('int_meeting_mentions') }}
join (select article_id, meeting_index, meeting_id from {{ ref('int_meeting_clusters') }}) using (article_id, meeting_index)
group by meeting_id
