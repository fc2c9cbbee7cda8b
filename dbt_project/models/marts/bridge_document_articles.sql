{% set marks = ['int_article_facts'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='article_id',
          row_key='document_id', marks=marks, changes_of=['dim_documents'], log_changes=true) }}
{{ declare_inputs(marks) }}

-- Which articles cite which document: dim_documents.source_urls as rows. The document a mention
-- is (a bare "Nghị quyết 57" joining 57-NQ/TW) is decided in dim_documents only, so this reads its
-- list of URLs, each the unique key of one article of dim_articles. Updated by article
-- (macros/marks.sql): those extracted again (their citations, title or date may have changed) and
-- every article citing a document dim_documents replaced since the last build (an earlier
-- citation moves is_first_report). An article's rows recomputed to what is stored are left alone,
-- so a new citation of a document cited a thousand times writes one row, not a thousand (updated
-- by document, every citing article's row was written, validated and published again).
with
{% if is_incremental() %}
changed as (
    {{ changed_articles_and_urls(marks) }}
),

documents as (
    select scope as document_id from ({{ changed_scopes('dim_documents') }}) where scope is not null
),

scopes as (
    select article_id from changed
    union
    select article_id from {{ this }}
    where document_id in (select document_id from documents) or {{ rebuilt_whole('dim_documents') }}
    union
    select a.article_id
    from {{ ref('dim_documents') }} d, unnest(d.source_urls) as u(url)
    join {{ ref('dim_articles') }} a on a.url = u.url
    where d.document_id in (select document_id from documents) or {{ rebuilt_whole('dim_documents') }}
),

cited as (
    -- the documents the scopes' articles cite now
    select distinct d.document_id
    from {{ ref('dim_documents') }} d, unnest(d.source_urls) as u(url)
    where u.url in (select url from {{ ref('dim_articles') }} where article_id in (select article_id from scopes))
),
{% endif %}

citations as (
    -- every citation of those documents: is_first_report is read over all of them
    select d.document_id, u.url
    from {{ ref('dim_documents') }} d, unnest(d.source_urls) as u(url)
    {% if is_incremental() %}
    where d.document_id in (select document_id from cited)
    {% endif %}
),

citing as (
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
),

rows as (
    select * from citing
    {% if is_incremental() %}
    where article_id in (select article_id from scopes)
    {% endif %}
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('article_id') }}
{% endif %}
order by document_id, published_at, article_url
