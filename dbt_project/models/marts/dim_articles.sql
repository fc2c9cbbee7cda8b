{% set marks = ['int_article_facts', 'int_story_clusters'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='article_id',
          row_key='url', marks=marks) }}
{{ declare_inputs(marks) }}

-- The articles the facts come from. Articles that report the same meeting, or carry the same
-- text with different page chrome, share a story_id. Updated by article (macros/marks.sql): an
-- article extracted again, or whose story changed, since the last build.
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
{% if is_incremental() %}
where a.article_id in ({{ changed_articles(marks) }})
{% endif %}
