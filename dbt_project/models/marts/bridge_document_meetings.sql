{% set marks = ['int_article_facts', 'int_meeting_clusters'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='meeting_id',
          row_key='document_id', marks=marks,
          changes_of=['bridge_document_articles', 'bridge_meeting_articles']) }}
{{ declare_inputs(marks) }}

-- Documents cited in the reports of a meeting: one row per document and meeting with at least one
-- article that both reports the meeting and cites the document. That the article cites it does not
-- say the meeting discussed it (an article reporting two meetings links its documents to both),
-- but it is where to read. Updated by meeting (macros/marks.sql): those whose reports
-- bridge_meeting_articles replaced, and those reported by an article whose citations
-- bridge_document_articles replaced or whose meetings may have changed, since the last build. By
-- meeting, not by document: a new citation of a common document rewrites one meeting's rows.
{% if is_incremental() %}
{# When either bridge was rebuilt whole, every meeting, old and new, is rebuilt. #}
{% set inputs_rebuilt_whole %}
({{ rebuilt_whole('bridge_document_articles') }} or {{ rebuilt_whole('bridge_meeting_articles') }})
{% endset %}
{% endif %}
with
{% if is_incremental() %}
articles as (
    select scope as article_id from ({{ changed_scopes('bridge_document_articles') }}) where scope is not null
    union
    {{ changed_articles(marks) }}
),

scopes as (
    select scope as meeting_id from ({{ changed_scopes('bridge_meeting_articles') }}) where scope is not null
    union
    select meeting_id from {{ ref('bridge_meeting_articles') }}
    where article_id in (select article_id from articles)
       or {{ inputs_rebuilt_whole }}
    union
    select meeting_id from {{ this }}
    where {{ inputs_rebuilt_whole }}
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
    where ma.meeting_id in (select meeting_id from scopes)
    {% endif %}
    group by da.document_id, ma.meeting_id
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('meeting_id') }}
{% endif %}
order by document_id, meeting_id
