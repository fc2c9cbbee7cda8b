-- Agencies (canonical names, abbreviations, aliases) with their history: which agency carries
-- each one's responsibilities today. "Bộ Thông tin và Truyền thông" (merged 1/3/2025) has
-- current_name "Bộ Khoa học và Công nghệ"; an abolished agency with no single successor
-- (district government, 1/7/2025) keeps its own name and is_current = false.
with recursive

agencies as (
    select * from {{ ref('agencies') }}
),

history as (
    select h.agency_id,
           h.event,
           h.effective_date,
           h.predecessor_last_day,
           h.in_effect_by,
           h.note,
           s.agency_id as successor_id,
           -- an undated event counts from the day it had surely happened by
           coalesce(h.effective_date, h.in_effect_by) <= current_date as in_effect
    from {{ ref('agency_history') }} h
    left join agencies s
        on {{ match_key('s.canonical_name') }} = {{ match_key('h.successor_name') }}
),

-- Follow successors until an agency that still exists (or was abolished without one).
chain (agency_id, current_id, steps) as (
    select agency_id, agency_id, 0
    from agencies
    union all
    select c.agency_id, h.successor_id, c.steps + 1
    from chain c
    join history h on h.agency_id = c.current_id
    where h.successor_id is not null and h.in_effect and c.steps < 20
),

ends as (
    select agency_id, arg_max(current_id, steps) as current_agency_id, max(steps) as succession_steps
    from chain
    group by agency_id
)

select
    a.agency_id,
    a.canonical_name,
    nullif(a.abbreviation, '') as abbreviation,
    coalesce(list_filter(string_split(a.aliases, '|'), lambda x: trim(x) <> ''), []::varchar[]) as aliases,
    a.level,
    a.valid_from,
    coalesce(a.valid_to, h.predecessor_last_day) as valid_to,
    not coalesce(h.in_effect, false) as is_current,
    h.event as ended_by,
    h.successor_id,
    s.canonical_name as successor_name,
    e.current_agency_id,
    c.canonical_name as current_name,
    e.succession_steps,
    h.note as history_note,
    nullif(a.parent_agency_id, '') as parent_agency_id,
    parent.canonical_name as parent_name
from agencies a
join ends e using (agency_id)
join agencies c on c.agency_id = e.current_agency_id
left join history h on h.agency_id = a.agency_id
left join agencies s on s.agency_id = h.successor_id
left join agencies parent on parent.agency_id = nullif(a.parent_agency_id, '')
