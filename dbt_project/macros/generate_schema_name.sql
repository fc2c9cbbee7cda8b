{# Schemas are named exactly staging / intermediate / marts / ref (not <target>_<name>):
   analysts and BI tools query marts.fct_meetings in both warehouse and published copies. #}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {{ custom_schema_name | trim if custom_schema_name else target.schema }}
{%- endmacro %}
