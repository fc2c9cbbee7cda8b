{{ config(materialized='incremental', incremental_strategy='replace_scopes',
          unique_key='article_id', row_key='meeting_index') }}

-- Every meeting as one article reports it (int_meeting_clusters says which are one event),
-- unpacked once per extraction (facts_by_article in macros/facts.sql).
{{ facts_by_article('meetings', meeting_json_type()) }}
