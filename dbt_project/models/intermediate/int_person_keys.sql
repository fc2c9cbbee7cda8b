{{ config(materialized='table') }}

-- Every name a person is known by, as a matching key, with the person's id: the seed people
-- (full name and aliases) and every person the articles name as an issuer or a chair. A name the
-- seeds do not know gets a stable id from its accent-folded key ('p_' + md5 prefix).
with seed_keys as (
    select person_id, {{ match_key('full_name') }} as name_key, 0 as preference
    from {{ ref('people') }}
    union all
    select person_id, {{ match_key('alias') }}, 1
    from {{ ref('people') }}, unnest(string_split(aliases, '|')) as t(alias)
    where trim(alias) <> ''
),

observed as (
    select distinct {{ match_key('name') }} as name_key from {{ ref('int_people_mentions') }}
)

select name_key, person_id, source
from (
    select name_key, person_id, 'gazetteer' as source, preference from seed_keys
    union all
    select name_key, 'p_' || left(md5(name_key), 12), 'observed', 2 from observed
)
where name_key is not null
qualify row_number() over (partition by name_key order by preference, person_id) = 1
