{# The day the analyst marts judge deadlines against (status_as_of): the day the dbt run started,
   in Vietnam (Asia/Ho_Chi_Minh, UTC+7 all year: no daylight saving since 1975), computed here so
   every model of one run sees the same day and no DuckDB extension is involved. The dbt var
   as_of fixes it for reproducible runs: `--vars '{as_of: 2025-11-01}'`. #}
{% macro status_as_of() -%}
date '{{ status_as_of_day() }}'
{%- endmacro %}

{% macro status_as_of_day() -%}
{%- set as_of = var('as_of', none) -%}
{%- if as_of is none -%}
    {%- set as_of = run_started_at.astimezone(modules.pytz.timezone('Asia/Ho_Chi_Minh')).date() -%}
{%- endif -%}
{{ as_of }}
{%- endmacro %}

{# A directive's status on day as_of, from its earliest due date (directive_tracker). #}
{% macro tracker_status(due_date, as_of) -%}
case when {{ due_date }} is null then 'no_deadline'
     when {{ due_date }} < {{ as_of }} then 'overdue'
     when {{ due_date }} <= {{ as_of }} + 30 then 'due_30d'
     else 'later' end
{%- endmacro %}

{# A deadline ahead's status on day as_of (upcoming_deadlines). #}
{% macro upcoming_status(due_date, as_of) -%}
case when {{ due_date }} - {{ as_of }} <= 30 then 'due_30d' else 'later' end
{%- endmacro %}

{# Post-hooks: the stored rows judged on this run's status_as_of (a no-op on the same day). #}
{% macro judge_again_tracker() -%}
{%- set as_of = status_as_of() -%}
update {{ this }} set status = {{ tracker_status('due_date', as_of) }}, status_as_of = {{ as_of }}
where status_as_of is distinct from {{ as_of }}
{%- endmacro %}

{% macro judge_again_upcoming() -%}
{%- set as_of = status_as_of() -%}
delete from {{ this }} where due_date < {{ as_of }};
update {{ this }} set days_left = due_date - {{ as_of }}, status = {{ upcoming_status('due_date', as_of) }},
                      status_as_of = {{ as_of }}
where status_as_of is distinct from {{ as_of }}
{%- endmacro %}
