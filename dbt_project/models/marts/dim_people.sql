-- Leaders with their positions (seeds people, person_positions). current_title is the
-- highest-ranking office not known to have ended; party memberships (Ủy viên Bộ Chính trị ...)
-- are listed in positions but are not a current_title.
with positions as (
    select p.*,
           t.rank as title_rank,
           p.valid_to is null or p.valid_to >= current_date as is_current
    from {{ ref('person_positions') }} p
    left join {{ ref('person_titles') }} t on t.title = p.title
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
           first(o.name order by o.published_at) as name
    from {{ ref('int_people_mentions') }} o
    join {{ ref('int_person_keys') }} k on k.name_key = {{ match_key('o.name') }}
    group by k.person_id, o.title
),

observed_people as (
    select person_id,
           first(name order by first_seen) as full_name,
           list({'title': title, 'first_seen': first_seen, 'last_seen': last_seen}
                order by first_seen, title) filter (where title is not null) as titles_reported,
           min(first_seen) as first_seen,
           max(last_seen) as last_seen
    from observed_titles
    group by person_id
)

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
