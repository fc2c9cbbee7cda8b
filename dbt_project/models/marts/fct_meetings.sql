{% set marks = ['int_article_facts', 'int_meeting_clusters'] %}
{% set references = ['int_seed_person_keys'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='meeting_id',
          row_key='article_count', marks=marks, references=references) }}
{{ declare_inputs(marks + references) }}

-- One row per meeting, however many articles and sites reported it. Updated by meeting
-- (macros/marks.sql): the meetings a changed article reports, now or before.
with clusters as (
    select article_id, meeting_index, meeting_id from {{ ref('int_meeting_clusters') }}
),

{% if is_incremental() %}
changed as (
    {{ changed_articles_and_urls(marks) }}
),

scopes as (
    select meeting_id from clusters
    where article_id in (select article_id from changed) or {{ references_changed(references) }}
    union
    select meeting_id from (select meeting_id, unnest(source_urls) as url from {{ this }})
    where url in (select url from changed)
),
{% endif %}

rows as (
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
    join clusters using (article_id, meeting_index)
    {% if is_incremental() %}
    where meeting_id in (select meeting_id from scopes)
    {% endif %}
    group by meeting_id
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('meeting_id') }}
{% endif %}
