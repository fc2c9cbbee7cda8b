-- The deadlines still ahead, soonest first: one row per directive (as in fct_directive_events)
-- and due date not before status_as_of. Several reports, or two wordings in one report ("trong
-- tháng 6", "trước ngày 30/6"), giving one due date are one row, worded as the first report words
-- it; a directive with two due dates ahead has two rows. The directive's fields come from
-- directive_tracker, so both tables judge against the same status_as_of.
--
-- Updated by directive (macros/marks.sql), as directive_tracker; on a new status_as_of the
-- post-hook drops the deadlines now past and counts the days left again. An earlier
-- status_as_of than the stored one (a re-run with --vars as_of) builds it whole.
{% set as_of = status_as_of() %}
{% set marks = ['int_article_facts', 'int_directive_clusters', 'int_meeting_clusters'] %}
{% set references = ['int_agency_keys', 'int_seed_person_keys', 'dim_agencies'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='directive_id',
          row_key='upcoming_deadline_id', marks=marks, references=references, judged_as_of=true,
          post_hook="{{ judge_again_upcoming() }}") }}
{{ declare_inputs(marks + references) }}

with
{% if is_incremental() %}
{{ directive_event_scopes(marks, references, 'directive_id',
                          whole=as_of ~ ' < coalesce(' ~ last_status_as_of() ~ ', ' ~ as_of ~ ')') }}
{% endif %}

tracker as (
    select * from {{ ref('directive_tracker') }}
    {% if is_incremental() %}
    where directive_id in (select directive_id from scopes)
    {% endif %}
),

directives as (
    select * exclude (addressee, addressee_kind, group_type, agency_id, agency_name,
                      current_agency_id, current_agency_name, parent_agency_id, parent_agency_name)
    from tracker
    qualify row_number() over (partition by directive_id) = 1
),

-- Agencies first, as written; a merged or renamed agency with the one that carries it today.
addressee_lists as (
    select directive_id,
           string_agg(addressee || case when agency_id <> current_agency_id
                                        then ' (now ' || current_agency_name || ')' else '' end,
                      '; ' order by addressee_kind, addressee) as addressees,
           count(addressee) as addressee_count
    from tracker
    where addressee is not null
    group by directive_id
),

deadlines as (
    select d.directive_event_id as directive_id, dl.deadline_id, dl.due_date, dl.period_start,
           dl.granularity, dl.expression
    from {{ ref('fct_deadlines') }} dl
    join {{ ref('fct_directives') }} d using (directive_id)
    join {{ ref('dim_articles') }} a using (article_id)
    {% if is_incremental() %}
    where d.directive_event_id in (select directive_id from scopes)
    {% endif %}
    qualify row_number() over (
        partition by d.directive_event_id, dl.due_date
        order by a.published_at, d.article_url, dl.expression) = 1
),

rows as (
    select
        md5(concat_ws('|', dl.directive_id, dl.due_date)) as upcoming_deadline_id,
        dl.directive_id,
        dl.deadline_id,
        dl.due_date,
        dl.due_date - t.status_as_of as days_left,
        {{ upcoming_status('dl.due_date', 't.status_as_of') }} as status,
        t.status_as_of,
        dl.period_start,
        dl.expression as deadline_expression,
        dl.granularity as deadline_granularity,
        t.issuer_name,
        t.issuer_title,
        t.issuer_person_id,
        t.issuer_agency_id,
        t.issuer_agency_name,
        l.addressees,
        coalesce(l.addressee_count, 0) as addressee_count,
        t.verb,
        t.action_text,
        t.evidence_text,
        t.meeting_id,
        t.meeting_date,
        t.meeting_body,
        t.meeting_chair_name,
        t.meeting_chair_person_id,
        t.first_reported_at,
        t.article_url,
        t.source_urls,
        t.article_count
    from deadlines dl
    join directives t using (directive_id)
    left join addressee_lists l using (directive_id)
    where dl.due_date >= t.status_as_of
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('directive_id') }}
{% endif %}
order by due_date, first_reported_at, directive_id
