{% set marks = ['int_article_facts'] %}
{{ config(materialized='incremental', incremental_strategy='replace_scopes', unique_key='document_id',
          row_key='source_urls', marks=marks) }}
{{ declare_inputs(marks) }}

-- Resolutions, decisions, laws ... cited by the articles: one row per document. Updated by
-- family (macros/marks.sql): the documents of one kind and leading number, the only ones a bare
-- number can be resolved against, for every family a changed article cites, now or before.
with keyed as (
    select * from {{ ref('int_document_mentions') }}
),

{% if is_incremental() %}
changed as (
    {{ changed_articles_and_urls(marks) }}
),

families as (
    select family from keyed
    where article_id in (select article_id from changed)
    union
    select {{ document_family(match_key('kind'), match_key('number')) }} from {{ this }}
    where list_has_any(source_urls, (select list(url) from changed))
),

family_mentions as (
    select * from keyed
    where family in (select family from families)
),

-- Every document stored for a family, so that one no mention makes any more is cleared.
scopes as (
    select document_id from {{ this }}
    where {{ document_family(match_key('kind'), match_key('number')) }} in (select family from families)
),
{% else %}
family_mentions as (
    select * from keyed
),
{% endif %}

-- Full codes ("57-NQ/TW") known for each kind, by their leading number.
codes as (
    select distinct kind_key, number_key, issuer_key,
           regexp_extract(number_key, '^(\d+)', 1) as leading_number
    from family_mentions
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
    from family_mentions k
),

rows as (
    select
        md5(concat_ws('|', kind_key, document_key)) as document_id,
        {{ first_reported('kind') }} as kind,
        arg_max(number, length(number)) as number,
        {{ first_reported('issuer') }} as issuer,
        {{ first_reported('issued_date') }} as issued_date,
        list(distinct url order by url) as source_urls
    from resolved
    group by kind_key, document_key
)

select * from rows
{% if is_incremental() %}
union all by name
{{ cleared_scopes('document_id') }}
{% endif %}
