{% set marks = ['int_article_facts', 'int_meeting_clusters'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='meeting_id',
          row_key='article_id', marks=marks) }}
{{ declare_inputs(marks) }}

-- Which articles report which meeting: fct_meetings.source_urls as rows, from the same keys
-- fct_meetings is grouped by (int_meeting_clusters: article and meeting mention -> meeting_id).
-- An article that mentions one meeting twice is one row. Updated by meeting, as fct_meetings.
with reports as (
    select distinct c.meeting_id, c.article_id
    from {{ ref('int_meeting_mentions') }} mm
    join {{ ref('int_meeting_clusters') }} c using (article_id, meeting_index)
),

{% if is_incremental() %}
scopes as (
    select meeting_id from reports where article_id in ({{ changed_articles(marks) }})
    union
    select meeting_id from {{ this }} where article_id in ({{ changed_articles(marks) }})
),
{% endif %}

rows as (
    select
        md5(concat_ws('|', r.meeting_id, r.article_id)) as meeting_article_id,
        r.meeting_id,
        r.article_id,
        a.url as article_url,
        a.source,
        a.published_at,
        a.title,
        -- first report as fct_meetings reads its fields: earliest published_at, then url
        row_number() over (partition by r.meeting_id order by a.published_at, a.url) = 1 as is_first_report
    from reports r
    join {{ ref('dim_articles') }} a using (article_id)
    {% if is_incremental() %}
    where r.meeting_id in (select meeting_id from scopes)
    {% endif %}
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('meeting_id') }}
{% endif %}
order by meeting_id, published_at, article_url
