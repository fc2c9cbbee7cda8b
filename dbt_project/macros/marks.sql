{#
  Marts that update by part. A mart's rows derive from articles; a build recomputes whole the
  scopes (a meeting, a directive event, an article ...) that an article changed since the mart's
  last build belongs to, now or before, and `replace_scopes` swaps them in (replace_scopes.sql).

  What "since the last build" means is kept per mart in intermediate.mart_marks, written by the
  mart's post-hook (record_marks) in the same transaction as its rows:
  - for each input (an intermediate table whose rows carry a time: extracted_at or clustered_at),
    the latest time the build saw; an article with a newer row there has changed since;
  - for each reference table (seed-made: agency and person keys), a fingerprint of its content;
    a different fingerprint means every scope is recomputed.
  A first build, or --full-refresh, builds the mart whole and records its marks the same way.

  A mart names them once, in Jinja lists passed to its config (marks=..., references=..., for the
  post-hook) and to these macros (dbt parses a model before its config is known, and must see
  every ref then: declare_inputs renders them whether or not the build is incremental).
#}

{% macro marks_table() -%}
intermediate.mart_marks
{%- endmacro %}

{# The time column an input's rows carry: when their article was extracted, or clustered. #}
{% macro mark_column(input) -%}
{{ 'extracted_at' if input in ('int_article_facts', 'int_articles') else 'clustered_at' }}
{%- endmacro %}

{% macro changes_table() -%}
intermediate.mart_changes
{%- endmacro %}

{% macro create_marks_table() -%}
create schema if not exists intermediate;
create table if not exists {{ marks_table() }} (
    model varchar not null, input varchar not null, watermark timestamptz, fingerprint varchar);
create table if not exists {{ changes_table() }} (model varchar not null, scope varchar, changed_at timestamptz)
{%- endmacro %}

{# Also int_articles, where changed_articles_and_urls finds the urls. #}
{% macro declare_inputs(names) -%}
{%- for name in names + ['int_articles'] %}
-- input: {{ ref(name) }}
{%- endfor %}
{%- endmacro %}

{# The ids of the articles whose rows in the mart's inputs changed since its last build. #}
{% macro changed_articles(marks) -%}
{%- for name in marks %}
{% if not loop.first %}union {% endif -%}
select article_id from {{ ref(name) }} where {{ mark_column(name) }} > {{ last_mark(name) }}
{%- endfor %}
{%- endmacro %}

{# The same articles with their urls (source_urls and article_url name articles by url). #}
{% macro changed_articles_and_urls(marks) -%}
select article_id, url from {{ ref('int_articles') }} where article_id in ({{ changed_articles(marks) }})
{%- endmacro %}

{# True when a reference table differs from the one the mart's last build read. #}
{% macro references_changed(names) -%}
{%- if not names %}false{% endif -%}
{%- for name in names %}
{% if not loop.first %}or {% endif -%}
{{ fingerprint(ref(name)) }} is distinct from
    (select fingerprint from {{ marks_table() }} where model = '{{ this.identifier }}' and input = '{{ name }}')
{%- endfor %}
{%- endmacro %}

{% macro fingerprint(relation) -%}
(select md5(coalesce(string_agg(t::varchar, '|' order by t::varchar), '')) from {{ relation }} t)
{%- endmacro %}

{#
  Every mart logs the scopes each build replaced (config log_changes, set for all marts in
  dbt_project.yml; replace_scopes writes the log), or one row with no scope when it was built
  whole. What follows a mart reads what was logged since it last did: another mart (config
  changes_of=[...]) or the validation (vngov/validate.py, as model 'validate'). A row every
  follower has read is pruned at the end of each dbt run; a mart nothing follows keeps no log.
#}
{% macro changed_scopes(model) -%}
select scope from {{ changes_table() }}
where model = '{{ model }}' and changed_at > {{ last_mark('changes of ' ~ model) }}
{%- endmacro %}

{# The status_as_of the mart's last build judged on (config judged_as_of; null: none yet). #}
{% macro last_status_as_of() -%}
(select fingerprint::date from {{ marks_table() }} where model = '{{ this.identifier }}' and input = 'status_as_of')
{%- endmacro %}

{% macro prune_changes() -%}
delete from {{ changes_table() }} c
where changed_at <= coalesce(
    (select min(watermark) from {{ marks_table() }} m where m.input = 'changes of ' || c.model),
    'infinity'::timestamptz)
{%- endmacro %}

{% macro rebuilt_whole(model) -%}
exists (select 1 from ({{ changed_scopes(model) }}) where scope is null)
{%- endmacro %}

{% macro last_mark(input) -%}
coalesce((select watermark from {{ marks_table() }} where model = '{{ this.identifier }}' and input = '{{ input }}'),
         '-infinity'::timestamptz)
{%- endmacro %}

{# The post-hook of every mart (dbt_project.yml): what its build has seen, read from its config. #}
{% macro record_marks() -%}
{%- if config.get('log_changes') %}
-- built whole: a first build (no marks yet) or --full-refresh
insert into {{ changes_table() }} select '{{ this.identifier }}', null, now()
where {{ should_full_refresh() }} or not exists (select 1 from {{ marks_table() }} where model = '{{ this.identifier }}');
{%- endif %}
delete from {{ marks_table() }} where model = '{{ this.identifier }}';
{%- for name in config.get('marks', []) %}
insert into {{ marks_table() }}
select '{{ this.identifier }}', '{{ name }}', max({{ mark_column(name) }}), null from {{ ref(name) }};
{%- endfor %}
{%- for name in config.get('references', []) %}
insert into {{ marks_table() }} values ('{{ this.identifier }}', '{{ name }}', null, {{ fingerprint(ref(name)) }});
{%- endfor %}
{%- if config.get('judged_as_of') %}
insert into {{ marks_table() }} values ('{{ this.identifier }}', 'status_as_of', null, '{{ status_as_of_day() }}');
{%- endif %}
{%- for name in config.get('changes_of', []) %}
-- all it logged so far (this transaction started after the one that logged last)
insert into {{ marks_table() }} values ('{{ this.identifier }}', 'changes of {{ name }}', now(), null);
{%- endfor %}
{%- endmacro %}

{#
  The scopes of a mart no longer made by any row: one empty row each (row_key null), so that
  replace_scopes clears them. `scopes` and `rows` name CTEs of the model.
#}
{% macro cleared_scopes(scope) -%}
select {{ scope }} from scopes where {{ scope }} not in (select {{ scope }} from rows where {{ scope }} is not null)
{%- endmacro %}

{#
  The family of a document mention (dim_documents): its kind and leading number. A bare number
  ("Nghị quyết 57") is only ever resolved against the full codes of its family ("57-NQ/TW"), so
  a family is recomputed whole or not at all. A number without leading digits is its own family.
#}
{% macro document_family(kind_key, number_key) -%}
(coalesce({{ kind_key }}, '') || '|'
 || coalesce(nullif(regexp_extract({{ number_key }}, '^(\d+)', 1), ''), {{ number_key }}, ''))
{%- endmacro %}

{#
  The CTEs `changed` and `scopes` of a mart updated by directive event: the events a changed
  article reports now (int_directive_clusters) or reported before (the mart's source_urls), all
  of them when a reference table changed or `whole` holds. key: the mart's event column.
#}
{% macro directive_event_scopes(marks, references, key, whole='false') -%}
changed as (
    {{ changed_articles_and_urls(marks) }}
),

scopes as (
    select directive_event_id as {{ key }} from {{ ref('int_directive_clusters') }}
    where article_id in (select article_id from changed)
       or {{ references_changed(references) }}
       or {{ whole }}
    union
    select {{ key }} from (select {{ key }}, unnest(source_urls) as url from {{ this }})
    where url in (select url from changed)
),
{%- endmacro %}
