{% set references = ['int_seed_person_keys'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='name_key',
          row_key='person_id', references=references, changes_of=['int_people_mentions'],
          post_hook="{{ record_marks() }}") }}
{{ declare_inputs(references) }}

-- Every name a person is known by, as a matching key, with the person's id: the seed people
-- (int_seed_person_keys) and every person the articles name as an issuer or a chair. A name the
-- seeds do not know gets a stable id from its accent-folded key (observed_person_id).
-- Updated by name: the names int_people_mentions logged since the last build, each kept while
-- the seeds or an article name it; all of them when the seeds changed or the mentions were
-- rebuilt whole.
{% set whole = rebuilt_whole('int_people_mentions') ~ ' or ' ~ references_changed(references) %}
with
{% if is_incremental() %}
scopes as (
    select scope as name_key from ({{ changed_scopes('int_people_mentions') }}) where scope is not null
    union
    select name_key from {{ this }} where {{ whole }}
    union
    select name_key from {{ ref('int_seed_person_keys') }} where {{ whole }}
    union
    select name_key from {{ ref('int_people_mentions') }} where {{ whole }}
),
{% endif %}

seed as (
    select name_key, person_id from {{ ref('int_seed_person_keys') }}
    {% if is_incremental() %}where name_key in (select name_key from scopes){% endif %}
),

observed as (
    select distinct name_key from {{ ref('int_people_mentions') }}
    {% if is_incremental() %}where name_key in (select name_key from scopes){% endif %}
),

rows as (
    select name_key, person_id, 'gazetteer' as source from seed
    union all
    select name_key, {{ observed_person_id('name_key') }}, 'observed'
    from observed
    where name_key not in (select name_key from seed)
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('name_key') }}
{% endif %}
