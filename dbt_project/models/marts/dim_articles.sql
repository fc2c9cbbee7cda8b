-- The articles the facts come from. Articles that report the same meeting, or carry the same
-- text with different page chrome, share a story_id.
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
    s.story_id,
    a.parser,
    f.extraction_error
from {{ ref('int_articles') }} a
join {{ ref('int_article_facts') }} f using (article_id)
join {{ ref('int_story_clusters') }} s using (article_id)
