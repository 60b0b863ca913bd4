{#
  A data test reads the rows its build wrote, not the whole table, where that cannot miss a failure.

  dbt-core's generic tests read their model through get_where_subquery(relation) (dbt-core 1.10:
  include/global_project/macros/materializations/tests/where_subquery.sql, which applies a test's `where`
  config); this project's macro of the same name takes precedence and adds a filter when
    - the command is `dbt build` and not a full refresh (`dbt test`, and every full refresh, test every row),
    - the test's model is incremental and has the column `built_in` (the dbt invocation that wrote the row:
      an incremental run deletes rows and appends new ones, never updates one), and
    - the test is one of those below, whose failing rows can only be rows written in this run:
        not_null, accepted_values: a test of each row alone. A row written by an earlier invocation was
          tested by that invocation's build (every test is at severity error: a failure discards the
          build, dbt_project/error_tests.yml) and is unchanged since;
        unique on report_id, unique_combination over columns that include report_id: two rows with the
          same key have the same report_id, so the test reads every row of each report this run wrote a
          row of. A duplicate needs a row written now (two earlier rows passed together before), and its
          report is then read whole.
  Every other test reads the whole table: relationships (an earlier row's parent may be gone), unique
  over other columns (a new row may repeat a key of an earlier report). tests/test_tests_scope.py holds
  a scoped test failing on a row written in the run, and `dbt test` failing on an earlier one.

  The views in var tests_scoped_by_check_rows (marts.dq_findings) have no `built_in`: a report's rows are
  its rows of int_check_results (incremental, with `built_in`) joined to the verdicts the checks step
  wrote from those same rows (expectations/run.py replaces a report's verdicts whole, one per check row).
  The same tests read only the reports int_check_results wrote a row of in this run. A report it wrote
  none of has the check rows its earlier build tested, and verdicts made one per row (a duplicate would
  need a duplicate check row, which int_check_results' own test forbids). At 100,000 reports the unique
  test of dq_findings read 12.5 million rows on every build (10 s of a 25 s dbt step with nothing new).
#}

{% macro get_where_subquery(relation) -%}
    {%- set where = config.get('where', '') -%}
    {%- set written = rows_written_filter(relation) -%}
    {%- set conditions = [where, written] | select | list -%}
    {%- if conditions -%}
        {%- do return('(select * from ' ~ relation ~ ' where (' ~ (conditions | join(') and (')) ~ ')) dbt_subquery') -%}
    {%- endif -%}
    {%- do return(relation) -%}
{%- endmacro %}

{#- The filter (SQL over `relation`'s columns) that limits the test being compiled to the rows its build
    wrote, or '' when the test reads every row. -#}
{% macro rows_written_filter(relation) -%}
    {%- if not execute or flags.FULL_REFRESH or flags.WHICH != 'build' -%}
        {%- do return('') -%}
    {%- endif -%}
    {%- set test = model.get('test_metadata') if model is mapping else none -%}
    {%- set node = graph.nodes.get(model.get('attached_node') or '') if test else none -%}
    {%- if not node -%}
        {%- do return('') -%}
    {%- endif -%}
    {%- set kwargs = test.get('kwargs', {}) -%}
    {%- set per_row = test.name in ['not_null', 'accepted_values'] -%}
    {%- set per_report = (test.name == 'unique' and kwargs.get('column_name') == 'report_id')
        or (test.name == 'unique_combination' and 'report_id' in kwargs.get('columns', [])) -%}
    {%- if not (per_row or per_report) -%}
        {%- do return('') -%}
    {%- endif -%}
    {%- set this_run = "built_in = '" ~ invocation_id ~ "'" -%}
    {#- The table whose `built_in` names the rows of this run: int_check_results for the views of var
        tests_scoped_by_check_rows, the model itself where it is incremental with the column. -#}
    {%- if node.name in var('tests_scoped_by_check_rows', []) -%}
        {%- set checks = graph.nodes.get('model.' ~ project_name ~ '.int_check_results') -%}
        {%- set written = api.Relation.create(database=checks.database, schema=checks.schema,
            identifier=checks.alias) -%}
    {%- elif node.config.materialized == 'incremental' and 'built_in' in node.columns -%}
        {%- if per_row -%}
            {%- do return(this_run) -%}
        {%- endif -%}
        {%- set written = relation -%}
    {%- else -%}
        {%- do return('') -%}
    {%- endif -%}
    {%- do return('report_id in (select written.report_id from ' ~ written ~ ' as written where written.'
        ~ this_run ~ ')') -%}
{%- endmacro %}
