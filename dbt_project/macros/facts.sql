{# The JSON shapes vngov_extract() returns (see vngov/extract), as json_transform structures. #}

{% macro meeting_json_type() -%}
'[{"meeting_index":"INTEGER","meeting_date":"DATE","part_of_day":"VARCHAR","meeting_kind":"VARCHAR","body":"VARCHAR","chair_name":"VARCHAR","chair_title":"VARCHAR","session_number":"INTEGER","location":"VARCHAR","format":"VARCHAR","topic":"VARCHAR","evidence_text":"VARCHAR"}]'
{%- endmacro %}

{% macro directive_json_type() -%}
'[{"directive_index":"INTEGER","meeting_index":"INTEGER","issuer_name":"VARCHAR","issuer_title":"VARCHAR","verb":"VARCHAR","addressees":["VARCHAR"],"action_text":"VARCHAR","evidence_text":"VARCHAR","deadlines":[{"due_date":"DATE","period_start":"DATE","granularity":"VARCHAR","expression":"VARCHAR"}],"addressee_groups":[{"text":"VARCHAR","group":"VARCHAR"}]}]'
{%- endmacro %}

{% macro document_json_type() -%}
'[{"kind":"VARCHAR","number":"VARCHAR","issuer":"VARCHAR","issued_date":"DATE","evidence_text":"VARCHAR"}]'
{%- endmacro %}

{# A matching key: lower case, no diacritics, single spaces. Only for matching, never stored. #}
{% macro match_key(expr) -%}
nullif(trim(regexp_replace(lower(strip_accents(replace(replace({{ expr }}, 'đ', 'd'), 'Đ', 'D'))), '\s+', ' ', 'g')), '')
{%- endmacro %}

{# The first non-null value of a column across the articles that report one fact. #}
{% macro first_reported(col) -%}
first({{ col }} order by published_at, url) filter (where {{ col }} is not null)
{%- endmacro %}
