{% set marks = ['int_article_facts', 'int_directive_clusters', 'int_meeting_clusters'] %}
{% set references = ['int_agency_keys', 'int_seed_person_keys'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes',
          unique_key='directive_event_id', row_key='article_count', marks=marks, references=references) }}
{{ declare_inputs(marks + references) }}

-- One row per directive, however many articles and sites reported it: the first report's fields,
-- every source URL, and the earliest due date any report gives. Updated by directive event, as
-- fct_directives (macros/marks.sql).
with
{% if is_incremental() %}
{{ directive_event_scopes(marks, references, 'directive_event_id') }}
{% endif %}

reports as (
    select d.*, m.published_at, m.url
    from {{ ref('fct_directives') }} d
    join {{ ref('int_directive_mentions') }} m using (directive_id)
    {% if is_incremental() %}
    where d.directive_event_id in (select directive_event_id from scopes)
    {% endif %}
),

dues as (
    select r.directive_event_id, min(dl.due_date) as earliest_due_date
    from reports r
    join {{ ref('fct_deadlines') }} dl using (directive_id)
    group by r.directive_event_id
),

rows as (
    select
        r.directive_event_id,
        {{ first_reported('r.meeting_id') }} as meeting_id,
        {{ first_reported('r.issuer_name') }} as issuer_name,
        {{ first_reported('r.issuer_title') }} as issuer_title,
        {{ first_reported('r.issuer_person_id') }} as issuer_person_id,
        {{ first_reported('r.issuer_agency_id') }} as issuer_agency_id,
        {{ first_reported('r.verb') }} as verb,
        first(r.addressees order by r.published_at, r.article_url) as addressees,
        first(r.addressee_groups order by r.published_at, r.article_url) as addressee_groups,
        {{ first_reported('r.action_text') }} as action_text,
        {{ first_reported('r.evidence_text') }} as evidence_text,
        min(r.published_at) as first_reported_at,
        list(distinct r.article_url order by r.article_url) as source_urls,
        count(distinct r.article_url) as article_count,
        any_value(u.earliest_due_date) as earliest_due_date
    from reports r
    left join dues u using (directive_event_id)
    group by r.directive_event_id
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('directive_event_id') }}
{% endif %}
