-- Resolutions, decisions, laws ... cited by the articles: one row per document.
with mentions as (
    select f.article_id, f.url, f.published_at,
           unnest(json_transform(f.facts -> 'documents', {{ document_json_type() }}), recursive := true)
    from {{ ref('int_article_facts') }} f
    where f.extraction_error is null
),

keyed as (
    select *,
           {{ match_key('kind') }} as kind_key,
           {{ match_key('number') }} as number_key,
           {{ match_key('issuer') }} as issuer_key
    from mentions
),

-- Full codes ("57-NQ/TW") known for each kind, by their leading number.
codes as (
    select distinct kind_key, number_key, issuer_key,
           regexp_extract(number_key, '^(\d+)', 1) as leading_number
    from keyed
    where not regexp_full_match(number_key, '\d+')
),

-- A bare number ("Nghị quyết 57") is the same document as a full code of the same kind
-- when exactly one such code is known and the issuers do not contradict each other.
resolved as (
    select k.*,
           coalesce((
               select any_value(c.number_key)
               from codes c
               where c.kind_key = k.kind_key
                 and c.leading_number = k.number_key
                 and (k.issuer_key is null or c.issuer_key is null or c.issuer_key = k.issuer_key)
               having count(distinct c.number_key) = 1
           ), k.number_key) as document_key
    from keyed k
)

select
    md5(concat_ws('|', kind_key, document_key)) as document_id,
    {{ first_reported('kind') }} as kind,
    arg_max(number, length(number)) as number,
    {{ first_reported('issuer') }} as issuer,
    {{ first_reported('issued_date') }} as issued_date,
    list(distinct url order by url) as source_urls
from resolved
group by kind_key, document_key
