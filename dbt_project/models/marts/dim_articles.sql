-- The articles the facts come from. Articles that report the same meeting share a story_id.
with article_meetings as (
    select article_id, min(meeting_id) as first_meeting_id
    from {{ ref('int_meeting_mentions') }}
    group by article_id
)

select
    a.article_id,
    a.url,
    a.source,
    a.published_at,
    a.title,
    a.lead,
    a.author,
    a.clean_text,
    case when f.extraction_error is null then a.quality_flags
         else list_append(a.quality_flags, 'extraction_error') end as quality_flags,
    coalesce(m.first_meeting_id, a.article_id) as story_id,
    a.parser,
    f.extraction_error
from {{ ref('int_articles') }} a
join {{ ref('int_article_facts') }} f using (article_id)
left join article_meetings m using (article_id)
