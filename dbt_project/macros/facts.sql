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

{# The id of a person the seeds do not know, from the matching key of their name: stable across
   builds, so a name gets the same id whichever article names it first. #}
{% macro observed_person_id(name_key) -%}
('p_' || left(md5({{ name_key }}), 12))
{%- endmacro %}

{# The first non-null value of a column across the articles that report one fact. #}
{% macro first_reported(col) -%}
first({{ col }} order by published_at, url) filter (where {{ col }} is not null)
{%- endmacro %}

{#
  One row per fact of one kind ('meetings', 'directives') of each article, with the article's
  id, url, published_at and extracted_at: an incremental table by article (replace_scopes, scope
  article_id). Each build unpacks the facts of the articles extracted since the last one; an
  article left with none (or whose extraction failed) comes as one empty row, which clears its
  old rows. The first build creates the table from this select, so it has no empty rows.
#}
{% macro facts_by_article(kind, json_type) -%}
with changed as (
    select article_id, url, published_at, facts, extraction_error, extracted_at
    from {{ ref('int_article_facts') }}
    {% if is_incremental() %}
    where extracted_at > (select coalesce(max(extracted_at), '-infinity'::timestamptz) from {{ this }})
    {% endif %}
),

facts as (
    select article_id, unnest(json_transform(facts -> '{{ kind }}', {{ json_type }}), recursive := true)
    from changed
    where extraction_error is null
)

select c.article_id, c.url, c.published_at, f.* exclude (article_id), c.extracted_at
from changed c
{% if is_incremental() %}left {% endif %}join facts f on f.article_id = c.article_id
{%- endmacro %}
