-- Documents cited in the reports of a meeting: one row per document and meeting with at least one
-- article that both reports the meeting and cites the document. That the article cites it does not
-- say the meeting discussed it (an article reporting two meetings links its documents to both),
-- but it is where to read.
select
    md5(concat_ws('|', da.document_id, ma.meeting_id)) as document_meeting_id,
    da.document_id,
    ma.meeting_id,
    count(*) as article_count,
    first(da.article_id order by da.published_at, da.article_url) as first_article_id,
    first(da.article_url order by da.published_at, da.article_url) as first_article_url
from {{ ref('bridge_document_articles') }} da
join {{ ref('bridge_meeting_articles') }} ma using (article_id)
group by da.document_id, ma.meeting_id
order by da.document_id, ma.meeting_id
