{% set marks = ['int_article_facts', 'int_directive_clusters', 'int_meeting_clusters'] %}
{% set references = ['int_agency_keys', 'int_seed_person_keys'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes',
          unique_key='directive_event_id', row_key='directive_id', marks=marks, references=references) }}
{{ declare_inputs(marks + references) }}

-- Who instructed whom to do what, with the sentence it was read from: one row per directive as
-- one article reports it (score.py and the contract key it by article_url). A directive that
-- several sites report shares its directive_event_id and lists every report in source_urls
-- (fct_directive_events has one row per directive). Updated by directive event
-- (macros/marks.sql): the events a changed article reports, now or before, with all their reports.
with clusters as (
    select directive_id, directive_event_id, article_id from {{ ref('int_directive_clusters') }}
),

{% if is_incremental() %}
changed as (
    {{ changed_articles(marks) }}
),

scopes as (
    select directive_event_id from clusters
    where article_id in (select article_id from changed) or {{ references_changed(references) }}
    union
    select directive_event_id from {{ this }} where article_id in (select article_id from changed)
),
{% endif %}

directives as (
    select m.*, c.directive_event_id
    from {{ ref('int_directive_mentions') }} m
    join clusters c using (directive_id, article_id)
    {% if is_incremental() %}
    where c.directive_event_id in (select directive_event_id from scopes)
    {% endif %}
),

events as (
    select directive_event_id, list(distinct url order by url) as source_urls
    from directives
    group by directive_event_id
),

-- A body as issuer ("Thường trực Chính phủ", "Ban Chỉ đạo ...") has no title: its whole name, or
-- for a local body its name followed by the place ("Ủy ban nhân dân thành phố Hải Phòng").
bodies as (
    select d.directive_id, n.agency_id
    from directives d
    join {{ ref('int_agency_keys') }} n
        on {{ match_key('d.issuer_name') }} = n.name_key
        or (n.level in ('province', 'district', 'commune')
            and starts_with({{ match_key('d.issuer_name') }}, n.name_key || ' '))
    where d.issuer_title is null
    qualify row_number() over (
        partition by d.directive_id order by length(n.name_key) desc, n.preference, n.agency_id) = 1
),

rows as (
    select
        d.directive_id,
        d.meeting_id,
        d.url as article_url,
        d.article_id,
        d.issuer_name,
        d.issuer_title,
        p.person_id as issuer_person_id,
        b.agency_id as issuer_agency_id,
        d.verb,
        d.addressees,
        coalesce(d.addressee_groups, []) as addressee_groups,
        d.action_text,
        d.evidence_text,
        d.directive_event_id,
        e.source_urls
    from directives d
    join events e using (directive_event_id)
    left join bodies b using (directive_id)
    -- a titled issuer is a person; an untitled one that is no body may still be a seed person
    -- (only a seed one: a name other articles give a title would tie this row to those articles)
    left join {{ ref('int_person_keys') }} p
        on p.name_key = {{ match_key('d.issuer_name') }}
       and (d.issuer_title is not null or (b.agency_id is null and p.source = 'gazetteer'))
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('directive_event_id') }}
{% endif %}
