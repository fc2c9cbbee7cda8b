{% set marks = ['int_article_facts'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='article_url',
          row_key='deadline_id', marks=marks) }}
{{ declare_inputs(marks) }}

-- Each deadline of a directive, normalised to the last day of the period it names. Updated by
-- article (macros/marks.sql): the deadlines of an article extracted again are read again.
with
{% if is_incremental() %}
scopes as (
    select article_id, url as article_url from ({{ changed_articles_and_urls(marks) }})
),
{% endif %}

deadlines as (
    select directive_id, url, unnest(deadlines, recursive := true)
    from {{ ref('int_directive_mentions') }}
    {% if is_incremental() %}
    where article_id in (select article_id from scopes)
    {% endif %}
),

rows as (
    select
        md5(concat_ws('|', directive_id, expression, due_date)) as deadline_id,
        directive_id,
        url as article_url,
        due_date,
        period_start,
        granularity,
        expression
    from deadlines
    -- the same deadline can be stated twice in one directive's sentence
    qualify row_number() over (partition by directive_id, expression, due_date order by period_start) = 1
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('article_url') }}
{% endif %}
