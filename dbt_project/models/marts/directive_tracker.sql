-- Who must do what by when: one row per directive (a directive reported by several sites is one,
-- as in fct_directive_events) and addressee, with the issuer, the meeting, the earliest due date
-- and a status judged on status_as_of (macros/analyst.sql). The addressees are those of every
-- report of the directive (bridge_directive_addressees), one row per agency (and place, for a
-- local agency) or, for a group or an agency the gazetteer does not know, per text. A directive
-- with no addressee has one row with the addressee columns null.
--
-- Updated by directive (macros/marks.sql), as fct_directive_events; on a new status_as_of the
-- post-hook judges every stored row again (one column, no joins).
{% set as_of = status_as_of() %}
{% set marks = ['int_article_facts', 'int_directive_clusters', 'int_meeting_clusters'] %}
{% set references = ['int_agency_keys', 'int_seed_person_keys', 'dim_agencies'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='directive_id',
          row_key='source_urls', marks=marks, references=references,
          post_hook="{{ judge_again_tracker() }}") }}
{{ declare_inputs(marks + references) }}

with
{% if is_incremental() %}
{{ directive_event_scopes(marks, references, 'directive_id') }}
{% endif %}

reports as (
    select d.directive_event_id, d.directive_id, d.article_url, a.published_at
    from {{ ref('fct_directives') }} d
    join {{ ref('dim_articles') }} a using (article_id)
    {% if is_incremental() %}
    where d.directive_event_id in (select directive_id from scopes)
    {% endif %}
),

addressees as (
    select r.directive_event_id,
           b.addressee_position,
           b.addressee,
           b.addressee_kind,
           b.group_type,
           b.agency_id,
           b.agency_name,
           b.current_agency_id,
           b.current_agency_name,
           b.parent_agency_id,
           b.parent_agency_name,
           -- the first report's wording wins when two reports name one addressee
           r.published_at,
           r.article_url
    from reports r
    join {{ ref('bridge_directive_addressees') }} b using (directive_id)
    qualify row_number() over (
        partition by r.directive_event_id,
                     case when b.agency_id is not null
                          then b.agency_id || '|' || coalesce({{ match_key('b.place') }}, '')
                          else b.addressee_kind || '|' || {{ match_key('b.addressee') }} end
        order by r.published_at, r.article_url, b.addressee_position) = 1
),

first_reports as (
    select directive_event_id, first(article_url order by published_at, article_url) as article_url
    from reports
    group by directive_event_id
),

-- The deadline that gives the directive its due date: the earliest, worded as its first report
-- words it.
earliest_deadlines as (
    select r.directive_event_id, dl.due_date, dl.expression, dl.granularity
    from reports r
    join {{ ref('fct_deadlines') }} dl using (directive_id)
    qualify row_number() over (
        partition by r.directive_event_id
        order by dl.due_date, r.published_at, r.article_url, dl.expression) = 1
),

rows as (
    select
        e.directive_event_id as directive_id,
        ad.addressee,
        ad.addressee_kind,
        ad.group_type,
        ad.agency_id,
        ad.agency_name,
        ad.current_agency_id,
        ad.current_agency_name,
        ad.parent_agency_id,
        ad.parent_agency_name,
        e.issuer_name,
        e.issuer_title,
        e.issuer_person_id,
        e.issuer_agency_id,
        ia.canonical_name as issuer_agency_name,
        e.verb,
        e.action_text,
        e.evidence_text,
        e.meeting_id,
        m.meeting_date,
        m.body as meeting_body,
        m.chair_name as meeting_chair_name,
        m.chair_person_id as meeting_chair_person_id,
        dl.due_date,
        dl.expression as deadline_expression,
        dl.granularity as deadline_granularity,
        {{ tracker_status('dl.due_date', as_of) }} as status,
        {{ as_of }} as status_as_of,
        e.first_reported_at,
        f.article_url,
        e.source_urls,
        e.article_count
    from {{ ref('fct_directive_events') }} e
    join first_reports f using (directive_event_id)
    left join addressees ad using (directive_event_id)
    left join earliest_deadlines dl using (directive_event_id)
    left join {{ ref('fct_meetings') }} m on m.meeting_id = e.meeting_id
    left join {{ ref('dim_agencies') }} ia on ia.agency_id = e.issuer_agency_id
    {% if is_incremental() %}
    where e.directive_event_id in (select directive_id from scopes)
    {% endif %}
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('directive_id') }}
{% endif %}
order by due_date nulls last, first_reported_at, directive_id, addressee
