{{ config(materialized='table') }}

-- The names of the seed people (full name and aliases) as matching keys, one person per key (the
-- full name wins over an alias). The marts that update by part take this table as their person
-- reference (macros/marks.sql): the keys int_person_keys adds for names only the articles use
-- each depend on that name alone, so they concern only the articles that use it.
with seed_keys as (
    select person_id, {{ match_key('full_name') }} as name_key, 0 as preference
    from {{ ref('people') }}
    union all
    select person_id, {{ match_key('alias') }}, 1
    from {{ ref('people') }}, unnest(string_split(aliases, '|')) as t(alias)
    where trim(alias) <> ''
)

select name_key, person_id
from seed_keys
where name_key is not null
qualify row_number() over (partition by name_key order by preference, person_id) = 1
