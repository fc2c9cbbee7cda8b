{#
  Incremental strategy `replace_scopes`: unique_key names the scope column, the unit a build
  recomputes whole (an article whose facts are unpacked again, a meeting date or a report day
  clustered again: vngov/recluster.py). A scope the batch holds is replaced when its recomputed
  rows differ from the stored ones (as multisets): every stored row is deleted, then the batch's
  rows are inserted, except its empty rows (row_key null): a scope that has no rows left comes as
  one empty row, so that it is cleared. A scope recomputed to the same rows is left as it is, so
  what follows (the marts after this one, validation, publish) does not read it again. With
  log_changes, the replaced scopes are logged for those followers (changed_scopes in
  macros/marks.sql); with log_key also set, the values of that column in the replaced scopes'
  rows, old and new, are logged instead (int_people_mentions: the names of changed articles).
#}
{% macro get_incremental_replace_scopes_sql(arg_dict) %}
    {%- set scope = arg_dict["unique_key"] -%}
    {%- set row_key = config.require("row_key") -%}
    {%- set columns = get_quoted_csv(arg_dict["dest_columns"] | map(attribute="name")) -%}
    {%- set target, batch = arg_dict["target_relation"], arg_dict["temp_relation"] -%}
    {%- set replaced = this.identifier ~ "__replaced_scopes" -%}
    create or replace temporary table {{ replaced }} as
    with recomputed as (
        select {{ columns }} from {{ batch }} where {{ row_key }} is not null
    ),
    stored as (
        select {{ columns }} from {{ target }} where {{ scope }} in (select {{ scope }} from {{ batch }})
    )
    select distinct {{ scope }} from (
        (from recomputed except all from stored)
        union all
        (from stored except all from recomputed)
    );
    {%- if config.get("log_changes") %}
    {%- set log_key = config.get("log_key") %}
    insert into {{ changes_table() }}
    {%- if log_key %}
    select distinct '{{ this.identifier }}', {{ log_key }}::varchar, now() from (
        select {{ log_key }} from {{ target }} where {{ scope }} in (select {{ scope }} from {{ replaced }})
        union all
        select {{ log_key }} from {{ batch }}
        where {{ row_key }} is not null and {{ scope }} in (select {{ scope }} from {{ replaced }}))
    where {{ log_key }} is not null;
    {%- else %}
    select '{{ this.identifier }}', {{ scope }}::varchar, now() from {{ replaced }};
    {%- endif %}
    {%- endif %}
    delete from {{ target }} where {{ scope }} in (select {{ scope }} from {{ replaced }});
    insert into {{ target }} ({{ columns }})
    select {{ columns }} from {{ batch }}
    where {{ row_key }} is not null
      and ({{ scope }} is null or {{ scope }} in (select {{ scope }} from {{ replaced }}));
    drop table {{ replaced }};
{% endmacro %}
