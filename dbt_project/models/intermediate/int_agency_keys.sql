{{ config(materialized='table') }}

-- Every name an agency is known by (canonical name, aliases), as a matching key.
select agency_id, level, {{ match_key('canonical_name') }} as name_key, 0 as preference
from {{ ref('agencies') }}
union all
select agency_id, level, {{ match_key('alias') }}, 1
from {{ ref('agencies') }}, unnest(string_split(aliases, '|')) as t(alias)
where trim(alias) <> ''
