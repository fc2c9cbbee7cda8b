{% set marks = ['int_article_facts', 'int_meeting_clusters'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='document_id',
          row_key='meeting_id', marks=marks, changes_of=['bridge_document_articles']) }}
{{ declare_inputs(marks) }}

-- Documents cited in the reports of a meeting: one row per document and meeting with at least one
-- article that both reports the meeting and cites the document. That the article cites it does not
-- say the meeting discussed it (an article reporting two meetings links its documents to both),
-- but it is where to read. Updated by document (macros/marks.sql): those whose citing articles
-- bridge_document_articles replaced since the last build, and those cited by an article whose
-- meetings may have changed.
with
{% if is_incremental() %}
scopes as (
    select scope as document_id from ({{ changed_scopes('bridge_document_articles') }}) where scope is not null
    union
    select document_id from {{ ref('bridge_document_articles') }}
    where article_id in ({{ changed_articles(marks) }}) or {{ rebuilt_whole('bridge_document_articles') }}
    union
    select document_id from {{ this }} where {{ rebuilt_whole('bridge_document_articles') }}
),
{% endif %}

rows as (
    select
        md5(concat_ws('|', da.document_id, ma.meeting_id)) as document_meeting_id,
        da.document_id,
        ma.meeting_id,
        count(*) as article_count,
        first(da.article_id order by da.published_at, da.article_url) as first_article_id,
        first(da.article_url order by da.published_at, da.article_url) as first_article_url
    from {{ ref('bridge_document_articles') }} da
    join {{ ref('bridge_meeting_articles') }} ma using (article_id)
    {% if is_incremental() %}
    where da.document_id in (select document_id from scopes)
    {% endif %}
    group by da.document_id, ma.meeting_id
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('document_id') }}
{% endif %}
order by document_id, meeting_id
