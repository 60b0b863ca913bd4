{#
  The yml descriptions become DuckDB comments (dbt_project.yml: +persist_docs). dbt's own persist_docs
  (dbt-core's default__persist_docs, with dbt-duckdb's comment statements) writes the table's comment and a
  `comment on column` for every documented column after each run of a model, also when an incremental run
  only deleted and appended rows: about 2.5 s of SQL per build at 2,000 reports, for comments that were
  already there (a delete or an append keeps a table's comments).
  This override, which dbt's dispatch takes before dbt-duckdb's and dbt-core's (the root project's macros
  come first), reads the comments the table holds when the run is incremental (an incremental model, not a
  full refresh) and writes only those that differ from the yml: none when the table existed with its
  columns (on_schema_change fail or ignore keeps them), every one on a table made in this run. A full
  refresh, and every table model, is made anew and gets every comment, as before.
  tests/test_column_comments.py holds a build's tables carrying their column comments.
#}

{% macro duckdb__persist_docs(relation, model, for_relation, for_columns) -%}
    {%- if config.get('materialized') != 'incremental' or should_full_refresh() -%}
        {%- do return(default__persist_docs(relation, model, for_relation, for_columns)) -%}
    {%- endif -%}
    {%- set held = comments_held(relation) -%}
    {%- if for_relation and config.persist_relation_docs() and model.description
        and held.get('') != model.description -%}
        {%- do run_query(alter_relation_comment(relation, model.description)) -%}
    {%- endif -%}
    {%- if for_columns and config.persist_column_docs() and model.columns -%}
        {%- set missing = {} -%}
        {%- for name, column in model.columns.items() -%}
            {%- if name | lower in held and held[name | lower] != column.get('description') -%}
                {%- do missing.update({name: column}) -%}
            {%- endif -%}
        {%- endfor -%}
        {%- if missing -%}
            {%- do run_query(alter_column_comment(relation, missing)) -%}
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}

{#- The comments `relation` holds: its own under '', each column's under its name (lower case), '' for a
    column without one. One query of DuckDB's catalogue. -#}
{% macro comments_held(relation) -%}
    {%- set sql -%}
        select '' as name, coalesce(t.comment, '') as held
        from duckdb_tables() as t
        where t.database_name = '{{ relation.database }}'
            and t.schema_name = '{{ relation.schema }}'
            and t.table_name = '{{ relation.identifier }}'
        union all
        select lower(c.column_name) as name, coalesce(c.comment, '') as held
        from duckdb_columns() as c
        where c.database_name = '{{ relation.database }}'
            and c.schema_name = '{{ relation.schema }}'
            and c.table_name = '{{ relation.identifier }}'
    {%- endset -%}
    {%- set held = {} -%}
    {%- for row in run_query(sql).rows -%}
        {%- do held.update({row[0]: row[1]}) -%}
    {%- endfor -%}
    {%- do return(held) -%}
{%- endmacro %}
