{% set as_of = status_as_of() %}
{% set references = ['people', 'person_positions', 'person_titles', 'int_seed_person_keys'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='person_id',
          row_key='source', references=references, judged_as_of=true, changes_of=['int_people_mentions']) }}
{{ declare_inputs(references) }}

-- Leaders with their positions (seeds people, person_positions) and every person the articles
-- name. current_title is the highest-ranking office not ended on status_as_of; party memberships
-- (Ủy viên Bộ Chính trị ...) are listed in positions but are not a current_title.
--
-- Updated by person (macros/marks.sql): the people of the names int_people_mentions logged since
-- the last build; the seed people again on a new status_as_of (which offices are current); all
-- of them when a seed changed or the mentions were rebuilt whole.
{% set whole = rebuilt_whole('int_people_mentions') ~ ' or ' ~ references_changed(references) %}
with
{% if is_incremental() %}
changed_keys as (
    select scope as name_key from ({{ changed_scopes('int_people_mentions') }}) where scope is not null
),

scopes as (
    select person_id from {{ ref('int_person_keys') }} where name_key in (select name_key from changed_keys)
    union
    -- a name no article uses any more has left int_person_keys: its person is cleared
    select {{ observed_person_id('name_key') }} from changed_keys
    union
    select person_id from {{ ref('people') }}
    where {{ as_of }} is distinct from {{ last_status_as_of() }} or {{ whole }}
    union
    select person_id from {{ this }} where {{ whole }}
    union
    select person_id from {{ ref('int_person_keys') }} where {{ whole }}
),
{% endif %}

positions as (
    select p.*,
           t.rank as title_rank,
           p.valid_to is null or p.valid_to >= {{ as_of }} as is_current
    from {{ ref('person_positions') }} p
    left join {{ ref('person_titles') }} t on t.title = p.title
    {% if is_incremental() %}where p.person_id in (select person_id from scopes){% endif %}
),

current_office as (
    select person_id, position, organisation, agency_id
    from positions
    where kind = 'office' and is_current
    qualify row_number() over (
        partition by person_id
        order by title_rank nulls last, coalesce(valid_from, as_of) desc, position) = 1
),

position_lists as (
    select person_id,
           list({'position': position, 'title': title, 'organisation': organisation,
                 'agency_id': agency_id, 'kind': kind, 'valid_from': valid_from,
                 'valid_to': valid_to, 'as_of': as_of, 'is_current': is_current, 'note': note}
                order by coalesce(valid_from, as_of), position) as positions
    from positions
    group by person_id
),

-- Every titled issuer and chair the articles name, with the titles they are given and when.
observed_titles as (
    select k.person_id, o.title, min(o.published_at) as first_seen, max(o.published_at) as last_seen,
           first(o.name order by o.published_at, o.name) as name
    from {{ ref('int_people_mentions') }} o
    join {{ ref('int_person_keys') }} k using (name_key)
    {% if is_incremental() %}where k.person_id in (select person_id from scopes){% endif %}
    group by k.person_id, o.title
),

observed_people as (
    select person_id,
           first(name order by first_seen, name) as full_name,
           list({'title': title, 'first_seen': first_seen, 'last_seen': last_seen}
                order by first_seen, title) filter (where title is not null) as titles_reported,
           min(first_seen) as first_seen,
           max(last_seen) as last_seen
    from observed_titles
    group by person_id
),

rows as (
    select
        p.person_id,
        p.full_name,
        coalesce(list_filter(string_split(p.aliases, '|'), lambda x: trim(x) <> ''), []::varchar[]) as aliases,
        c.position as current_title,
        c.organisation as current_organisation,
        c.agency_id as current_agency_id,
        l.positions,
        'gazetteer' as source,
        o.titles_reported,
        o.first_seen,
        o.last_seen
    from {{ ref('people') }} p
    left join current_office c using (person_id)
    left join position_lists l using (person_id)
    left join observed_people o using (person_id)
    {% if is_incremental() %}where p.person_id in (select person_id from scopes){% endif %}
    union all
    select
        o.person_id,
        o.full_name,
        []::varchar[],
        null,
        null,
        null,
        null,
        'observed',
        o.titles_reported,
        o.first_seen,
        o.last_seen
    from observed_people o
    where o.person_id not in (select person_id from {{ ref('people') }})
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('person_id') }}
{% endif %}
