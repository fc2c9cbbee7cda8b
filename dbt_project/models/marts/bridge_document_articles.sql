-- Which articles cite which document: dim_documents.source_urls as rows. The document a mention
-- is (a bare "Nghị quyết 57" joining 57-NQ/TW) is decided in dim_documents only, so this reads its
-- list of URLs, each the unique key of one article of dim_articles.
with citations as (
    select d.document_id, u.url
    from {{ ref('dim_documents') }} d, unnest(d.source_urls) as u(url)
)

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
order by c.document_id, a.published_at, a.url
