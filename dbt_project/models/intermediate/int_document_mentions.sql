{{ config(materialized='incremental', incremental_strategy='replace_scopes',
          unique_key='article_id', row_key='number') }}

-- Every document as one article cites it, with the keys dim_documents matches on, unpacked once
-- per extraction (facts_by_article in macros/facts.sql): dim_documents reads the mentions of the
-- families a day's articles cite from here, not every article's facts again.
with mentions as (
    {{ facts_by_article('documents', document_json_type()) }}
)

select *,
       {{ match_key('kind') }} as kind_key,
       {{ match_key('number') }} as number_key,
       {{ match_key('issuer') }} as issuer_key,
       {{ document_family(match_key('kind'), match_key('number')) }} as family
from mentions
