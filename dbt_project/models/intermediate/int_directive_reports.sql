{{ config(materialized='incremental', incremental_strategy='replace_scopes',
          unique_key='article_id', row_key='directive_index') }}

-- Every directive as one article reports it, unpacked once per extraction (facts_by_article in
-- macros/facts.sql); int_directive_mentions adds each report's meeting cluster.
{{ facts_by_article('directives', directive_json_type()) }}
