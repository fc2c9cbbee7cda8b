{# The day the analyst marts judge deadlines against (status_as_of): the day the dbt run started,
   in Vietnam (Asia/Ho_Chi_Minh, UTC+7 all year: no daylight saving since 1975), computed here so
   every model of one run sees the same day and no DuckDB extension is involved. The dbt var
   as_of fixes it for reproducible runs: `--vars '{as_of: 2025-11-01}'`. #}
{% macro status_as_of() -%}
{%- set as_of = var('as_of', none) -%}
{%- if as_of is none -%}
    {%- set as_of = run_started_at.astimezone(modules.pytz.timezone('Asia/Ho_Chi_Minh')).date() -%}
{%- endif -%}
date '{{ as_of }}'
{%- endmacro %}
