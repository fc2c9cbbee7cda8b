-- Resolutions, decisions, laws ... cited by the articles: one row per document.
with mentions as (
    select f.article_id, f.url, f.published_at,
           unnest(json_transform(f.facts -> 'documents', {{ document_json_type() }}), recursive := true)
    from {{ ref('int_article_facts') }} f
    where f.extraction_error is null
)

select
    md5(concat_ws('|', {{ match_key('kind') }}, {{ match_key('number') }})) as document_id,
    {{ first_reported('kind') }} as kind,
    {{ first_reported('number') }} as number,
    {{ first_reported('issuer') }} as issuer,
    {{ first_reported('issued_date') }} as issued_date,
    list(distinct url order by url) as source_urls
from mentions
group by 1
