{#
  int_check_results is incremental by report, as the per-report marts are (macros/incremental_reports.sql):
  an incremental run
    - deletes the rows of reports no longer loaded, of reports with an ambiguous split (settled by their
      body's previous report, which may have come or gone), and of the families in var
      checks_redone_each_run (their rows depend on other reports or on the day of the build):
      `delete_checks_to_redo`, the model's pre-hook;
    - appends the rows of the reports it holds no row of (new, or deleted above) and every row of the
      families redone each run: `checks_to_make(model)` in each check model's branch of the union.
  The reports to check are listed in the SQL as constants (up to `checks_listed_reports`), so that DuckDB
  pushes the filter into the check views and computes only those reports' checks. A full refresh (the
  build driver's `--full-refresh`, ingest/pipeline/stamp.py) rebuilds every row.
#}

{% macro checks_redone_each_run() -%}
    {%- set families = [] -%}
    {%- for model, redone in var('checks_redone_each_run').items() -%}
        {%- do families.extend(redone) -%}
    {%- endfor -%}
    {{- return(families) -}}
{%- endmacro %}

{% macro pending_reports() -%}
    -- a report with an ambiguous split depends on its body's previous report (int_report_values__settled)
    select pending.report_id from {{ source('raw', 'report_values') }} as pending
    where pending.candidates is not null
{%- endmacro %}

{% macro delete_checks_to_redo() -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where report_id not in (select loaded.report_id from {{ source('raw', 'reports') }} as loaded)
            or report_id in ({{ pending_reports() }})
            or family in ('{{ checks_redone_each_run() | join("', '") }}')
    {%- endif -%}
{%- endmacro %}

{# The reports whose checks this run makes: loaded, with no row in the table (after the pre-hook). #}
{% macro reports_to_check() -%}
    select loaded.report_id from {{ source('raw', 'reports') }} as loaded
    where loaded.report_id not in (select built.report_id from {{ this }} as built)
        or loaded.report_id in ({{ pending_reports() }})
{%- endmacro %}

{# The reports to check, as a predicate on report_id: computed once per run (it runs a query). #}
{% macro checks_reports_filter() -%}
    {%- if not is_incremental() -%}
        {{- return('true') -}}
    {%- endif -%}
    {%- set reports = [] -%}
    {%- if execute -%}
        {%- set found = run_query(reports_to_check() ~ ' limit ' ~ (var('checks_listed_reports') + 1)) -%}
        {%- do reports.extend(found.columns[0].values()) -%}
    {%- endif -%}
    {%- if reports | length > var('checks_listed_reports') -%}
        {{- return('report_id in (' ~ reports_to_check() ~ ')') -}}
    {%- elif reports -%}
        {{- return("report_id in ('" ~ (reports | map('replace', "'", "''") | join("', '")) ~ "')") -}}
    {%- else -%}
        {{- return('false') -}}
    {%- endif -%}
{%- endmacro %}

{# A check model's rows this run makes: those of the reports to check, and its families redone each run. #}
{% macro checks_to_make(model, reports_filter) -%}
    {%- set redone = var('checks_redone_each_run').get(model, []) -%}
    {%- if not is_incremental() -%}
        true
    {%- elif redone -%}
        ({{ reports_filter }} or family in ('{{ redone | join("', '") }}'))
    {%- else -%}
        {{ reports_filter }}
    {%- endif -%}
{%- endmacro %}
