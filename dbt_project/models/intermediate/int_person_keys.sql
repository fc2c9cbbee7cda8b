{{ config(materialized='table') }}

-- Every name a person is known by, as a matching key, with the person's id: the seed people
-- (int_seed_person_keys) and every person the articles name as an issuer or a chair. A name the
-- seeds do not know gets a stable id from its accent-folded key ('p_' + md5 prefix).
with seed as (
    select name_key, person_id from {{ ref('int_seed_person_keys') }}
),

observed as (
    select distinct {{ match_key('name') }} as name_key from {{ ref('int_people_mentions') }}
)

select name_key, person_id, 'gazetteer' as source from seed
union all
select name_key, 'p_' || left(md5(name_key), 12), 'observed'
from observed
where name_key is not null and name_key not in (select name_key from seed)
