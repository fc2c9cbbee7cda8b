{#
  Incremental strategy `replace_scopes`: unique_key names the scope column, the unit a build
  recomputes whole (an article whose facts are unpacked again, a meeting date or a report day
  clustered again: vngov/recluster.py). Every stored row of a scope the batch holds is
  deleted, then the batch is inserted, except its empty rows (row_key null): a scope that has no
  rows left comes as one empty row, so that it is cleared. With log_changes, the replaced scopes
  are logged for the marts that follow this one (changed_scopes in macros/marks.sql).
#}
{% macro get_incremental_replace_scopes_sql(arg_dict) %}
    {%- set scope = arg_dict["unique_key"] -%}
    {%- set row_key = config.require("row_key") -%}
    {%- set columns = get_quoted_csv(arg_dict["dest_columns"] | map(attribute="name")) -%}
    delete from {{ arg_dict["target_relation"] }}
    where {{ scope }} in (select {{ scope }} from {{ arg_dict["temp_relation"] }});
    insert into {{ arg_dict["target_relation"] }} ({{ columns }})
    select {{ columns }} from {{ arg_dict["temp_relation"] }} where {{ row_key }} is not null;
    {%- if config.get("log_changes") %}
    insert into {{ changes_table() }}
    select distinct '{{ this.identifier }}', {{ scope }}::varchar, now() from {{ arg_dict["temp_relation"] }};
    {%- endif %}
{% endmacro %}
