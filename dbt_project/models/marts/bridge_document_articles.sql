{% set marks = ['int_article_facts'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='document_id',
          row_key='article_id', marks=marks, changes_of=['dim_documents'], log_changes=true) }}
{{ declare_inputs(marks) }}

-- Which articles cite which document: dim_documents.source_urls as rows. The document a mention
-- is (a bare "Nghị quyết 57" joining 57-NQ/TW) is decided in dim_documents only, so this reads its
-- list of URLs, each the unique key of one article of dim_articles. Updated by document
-- (macros/marks.sql): those dim_documents replaced since the last build, and those citing an
-- article extracted again (its title or date may have changed).
with
{% if is_incremental() %}
changed as (
    {{ changed_articles_and_urls(marks) }}
),

scopes as (
    select scope as document_id from ({{ changed_scopes('dim_documents') }}) where scope is not null
    union
    select document_id from {{ this }}
    where article_id in (select article_id from changed) or {{ rebuilt_whole('dim_documents') }}
    union
    select document_id from {{ ref('dim_documents') }}
    where list_has_any(source_urls, (select list(url) from changed)) or {{ rebuilt_whole('dim_documents') }}
),
{% endif %}

citations as (
    select d.document_id, u.url
    from {{ ref('dim_documents') }} d, unnest(d.source_urls) as u(url)
    {% if is_incremental() %}
    where d.document_id in (select document_id from scopes)
    {% endif %}
),

rows as (
    select
        md5(concat_ws('|', c.document_id, a.article_id)) as document_article_id,
        c.document_id,
        a.article_id,
        a.url as article_url,
        a.source,
        a.published_at,
        a.title,
        row_number() over (partition by c.document_id order by a.published_at, a.url) = 1 as is_first_report
    from citations c
    join {{ ref('dim_articles') }} a on a.url = c.url
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('document_id') }}
{% endif %}
order by document_id, published_at, article_url
