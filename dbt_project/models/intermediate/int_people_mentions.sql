{% set marks = ['int_article_facts'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='article_id',
          row_key='name_key', marks=marks, log_changes=true, log_key='name_key',
          post_hook="{{ record_marks() }}") }}
{{ declare_inputs(marks) }}

-- Every person the articles name as an issuer or a chair, with the title given and when. A body as
-- issuer has no title: only titled issuers are people. Updated by article, as the facts are; each
-- build logs the names (name_key) of the articles it replaced, so that int_person_keys and
-- dim_people recompute only the people those articles name, or named before.
with
{% if is_incremental() %}
changed as (
    {{ changed_articles(marks) }}
),
{% endif %}

mentions as (
    select article_id, issuer_name as name, issuer_title as title, published_at
    from {{ ref('int_directive_reports') }}
    where issuer_name is not null and issuer_title is not null
    {% if is_incremental() %}and article_id in (select article_id from changed){% endif %}
    union all
    select article_id, chair_name, chair_title, published_at
    from {{ ref('int_meeting_mentions') }}
    where chair_name is not null
    {% if is_incremental() %}and article_id in (select article_id from changed){% endif %}
),

rows as (
    select article_id, {{ match_key('name') }} as name_key, name, title, published_at
    from mentions
)

select * from rows where name_key is not null
{% if is_incremental() %}
union all by name
-- a changed article that names no one (any more): one empty row, which clears its old rows
select article_id from changed
where article_id not in (select article_id from rows where name_key is not null)
{% endif %}
