{#
  int_check_results is incremental by report, as the per-report marts are (macros/incremental_reports.sql):
  an incremental run
    - deletes the rows of reports no longer loaded, of reports with an ambiguous split (settled by their
      body's previous report, which may have come or gone), and the rows of the families in var
      checks_redone_each_run (their rows depend on other reports or on the day of the build) that may
      have moved: `delete_checks_to_redo`, the model's pre-hook;
    - appends the rows of the reports it holds no row of (new, or deleted above) and the rows of those
      families it deleted: `checks_to_make(model)` in each check model's branch of the union.
  The families of var checks_redone_each_run, by how a run finds their rows that may have moved:
    - written_in_run: the model is itself incremental on the groups of reports a change touches
      (int_checks__across_reports: a body's reports); its rows written in this run (`built_in`) are made
      again, the rows of reports it no longer holds are deleted, the others are kept;
    - claims_written_in_run: the model's rows are those of claims marts.fct_narrative_claims wrote in this
      run (it is incremental on the jurisdictions and scopes a change touches: a change or prior-year share
      is compared with the prior year's report, which may have come or gone after the report stating it);
      the rows of those reports are made again (`narratives_rewritten`);
    - compared: the model's rows of the family are cheap to compute for every report (they read
      raw.reports alone); the rows that differ from the stored ones are made again;
    - by_year_of_build: the rows name the year of the build in `expected` (`year_of_build_expected`):
      every row of the family is made again when the year differs from the stored rows'.
  The reports to check are listed in the SQL as constants (up to `checks_listed_reports`), so that DuckDB
  pushes the filter into the check views and computes only those reports' checks. A full refresh (the
  build driver's `--full-refresh`, ingest/pipeline/stamp.py) rebuilds every row.
#}

{% macro checks_redone_each_run() -%}
    {%- set families = [] -%}
    {%- for kind, models in var('checks_redone_each_run').items() -%}
        {%- for model, redone in models.items() -%}
            {%- do families.extend(redone) -%}
        {%- endfor -%}
    {%- endfor -%}
    {{- return(families) -}}
{%- endmacro %}

{#- The `expected` of report_year_in_range (int_reports__quarantine), which names the year of the build. -#}
{% macro year_of_build_expected() -%}
    {{ var('first_report_year') }} to {{ run_started_at.year }} (the year of this build)
{%- endmacro %}

{% macro pending_reports() -%}
    -- a report with an ambiguous split depends on its body's previous report (int_report_values__settled)
    select pending.report_id from {{ source('raw', 'report_values') }} as pending
    where pending.candidates is not null
{%- endmacro %}

{#- The stored rows of family `family` of `model` (a `compared` family) that differ from the model's rows
    now, by report (a report whose row went is deleted by the pre-hook's other clauses). -#}
{% macro _compared_moved(model, families) -%}
    select stored.report_id from {{ this }} as stored
    inner join {{ ref(model) }} as now
        on
            stored.report_id = now.report_id
            and stored.family = now.family
            and stored."check" = now."check"
    where
        stored.family in ('{{ families | join("', '") }}')
        and now.family in ('{{ families | join("', '") }}')
        and (
            stored.observed_value is distinct from cast(now.observed_value as double)
            or stored.expected_value is distinct from cast(now.expected_value as double)
            or stored.observed is distinct from cast(now.observed as varchar)
            or stored.expected is distinct from cast(now.expected as varchar)
            or stored.source is distinct from cast(now.source as varchar)
        )
{%- endmacro %}

{#- The reports whose claims marts.fct_narrative_claims wrote in this run (their rows of the families of
    claims_written_in_run are made again). -#}
{% macro narratives_rewritten() -%}
    select rewritten.report_id from {{ ref('fct_narrative_claims') }} as rewritten
    where rewritten.built_in = '{{ invocation_id }}'
{%- endmacro %}

{#- The stored rows of the families redone each run that may have moved (see the top of this file), as a
    predicate over the table's rows. Evaluated before the pre-hook deletes them: by the pre-hook, and by
    the model's SQL when it is compiled (`redone_reports`). -#}
{% macro _moved_rows() -%}
    {%- set groups = var('checks_redone_each_run') -%}
    {%- set clauses = [] -%}
    {%- for model, families in groups.get('written_in_run', {}).items() -%}
        {%- do clauses.append(
            "(family in ('" ~ (families | join("', '")) ~ "') and report_id not in (select distinct kept.report_id from "
            ~ ref(model) ~ " as kept where kept.built_in != '" ~ invocation_id ~ "'))"
        ) -%}
    {%- endfor -%}
    {%- for model, families in groups.get('claims_written_in_run', {}).items() -%}
        {%- do clauses.append(
            "(family in ('" ~ (families | join("', '")) ~ "') and report_id in (" ~ narratives_rewritten() ~ "))"
        ) -%}
    {%- endfor -%}
    {%- for model, families in groups.get('compared', {}).items() -%}
        {%- do clauses.append(
            "(family in ('" ~ (families | join("', '")) ~ "') and report_id in (" ~ _compared_moved(model, families) ~ "))"
        ) -%}
    {%- endfor -%}
    {%- for model, families in groups.get('by_year_of_build', {}).items() -%}
        {%- do clauses.append(
            "(family in ('" ~ (families | join("', '")) ~ "') and expected is distinct from '"
            ~ year_of_build_expected() ~ "')"
        ) -%}
    {%- endfor -%}
    {{- clauses | join(' or ') if clauses else 'false' -}}
{%- endmacro %}

{#- The rows of reports no longer loaded, and of reports with an ambiguous split (which
    checks_reports_filter() lists to make again), as a predicate over the table's rows. -#}
{% macro _unloaded_or_pending() -%}
    report_id not in (select loaded.report_id from {{ source('raw', 'reports') }} as loaded)
            or report_id in ({{ pending_reports() }})
{%- endmacro %}

{% macro delete_checks_to_redo() -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where {{ _unloaded_or_pending() }}
            or {{ _moved_rows() }}
    {%- endif -%}
{%- endmacro %}

{#- int_reports__fault_counts' and int_checks__identities' pre-hook: the same reports' rows as
    int_check_results' pre-hook deletes, for the same report filter (checks_reports_filter()). -#}
{% macro delete_reports_unloaded_or_pending() -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where {{ _unloaded_or_pending() }}
    {%- endif -%}
{%- endmacro %}

{# The reports whose checks this run makes: loaded, with no row in the table (after the pre-hook). #}
{% macro reports_to_check() -%}
    select loaded.report_id from {{ source('raw', 'reports') }} as loaded
    where loaded.report_id not in (select distinct built.report_id from {{ this }} as built)
        or loaded.report_id in ({{ pending_reports() }})
{%- endmacro %}

{# The reports to check, as a predicate on report_id: computed once per run (it runs a query). #}
{% macro checks_reports_filter() -%}
    {%- if not is_incremental() -%}
        {{- return('true') -}}
    {%- endif -%}
    {{- return(ids_in_query('report_id', reports_to_check())) -}}
{%- endmacro %}

{#- `column` among the report ids `query` returns (one column), as a predicate: listed as constants
    (`ids_in`; none: false), so that DuckDB reads only those reports upstream, up to var
    checks_listed_reports; more than that, `query` itself. Runs `query` once, when the model is compiled. -#}
{% macro ids_in_query(column, query) -%}
    {%- set ids = [] -%}
    {%- if execute -%}
        {%- set found = run_query(
            'select distinct * from (' ~ query ~ ') order by all limit ' ~ (var('checks_listed_reports') + 1)
        ) -%}
        {%- do ids.extend(found.columns[0].values()) -%}
    {%- endif -%}
    {%- if ids | length > var('checks_listed_reports') -%}
        {{- return(column ~ ' in (' ~ query ~ ')') -}}
    {%- endif -%}
    {{- return(ids_in(column, ids)) -}}
{%- endmacro %}

{#- The rows of the families redone each run that this run makes again, by family (the `compared` and
    `by_year_of_build` ones; a written_in_run family's are its model's rows written in this run): the
    pre-hook's moved rows (`_moved_rows`), read when the model is compiled, before the pre-hook deletes
    them. A family whose every stored report moved is made whole (`true`, no list); more than var
    checks_listed_reports reports, those the table holds no row of that family of once the pre-hook ran.
    A claims_written_in_run family's: the reports of `narratives_rewritten`, listed (as constants, so that
    DuckDB computes the check view for those reports only; more than checks_listed_reports, the subquery). -#}
{% macro redone_reports() -%}
    {%- set redone = {} -%}
    {%- set families = [] -%}
    {%- for kind, models in var('checks_redone_each_run').items()
        if kind not in ('written_in_run', 'claims_written_in_run') -%}
        {%- for model, listed in models.items() -%}
            {%- do families.extend(listed) -%}
        {%- endfor -%}
    {%- endfor -%}
    {%- if execute and is_incremental() and families -%}
        {%- set in_families = "family in ('" ~ (families | join("', '")) ~ "')" -%}
        {%- set moved = run_query(
            'select family, count(distinct report_id) from ' ~ this ~ ' where ' ~ in_families
            ~ ' and (' ~ _moved_rows() ~ ') group by family'
        ) -%}
        {%- set totals = run_query(
            'select family, count(distinct report_id) from ' ~ this ~ ' where ' ~ in_families ~ ' group by family'
        ) -%}
        {%- set total = {} -%}
        {%- for row in totals.rows -%}
            {%- do total.update({row[0]: row[1]}) -%}
        {%- endfor -%}
        {%- set listed = [] -%}
        {%- for row in moved.rows -%}
            {%- if row[1] == total.get(row[0]) -%}
                {%- do redone.update({row[0]: 'true'}) -%}
            {%- elif row[1] > var('checks_listed_reports') -%}
                {%- do redone.update({row[0]: 'report_id not in (select distinct built.report_id from ' ~ this
                    ~ " as built where built.family = '" ~ row[0] ~ "')"}) -%}
            {%- else -%}
                {%- do listed.append(row[0]) -%}
            {%- endif -%}
        {%- endfor -%}
        {%- if listed -%}
            {%- set found = run_query(
                'select distinct family, report_id from ' ~ this ~ " where family in ('"
                ~ (listed | join("', '")) ~ "') and (" ~ _moved_rows() ~ ') order by all'
            ) -%}
            {%- for family in listed -%}
                {%- set ids = [] -%}
                {%- for row in found.rows if row[0] == family -%}
                    {%- do ids.append(row[1]) -%}
                {%- endfor -%}
                {%- do redone.update({family: ids_in('report_id', ids)}) -%}
            {%- endfor -%}
        {%- endif -%}
    {%- endif -%}
    {%- set claims_families = [] -%}
    {%- for model, listed in var('checks_redone_each_run').get('claims_written_in_run', {}).items() -%}
        {%- do claims_families.extend(listed) -%}
    {%- endfor -%}
    {%- if execute and is_incremental() and claims_families -%}
        {%- set rewritten = ids_in_query('report_id', narratives_rewritten()) -%}
        {%- for family in claims_families -%}
            {%- do redone.update({family: rewritten}) -%}
        {%- endfor -%}
    {%- endif -%}
    {{- return(redone) -}}
{%- endmacro %}

{# A check model's rows this run makes: those of the reports to check, and its families' rows redone. #}
{% macro checks_to_make(model, reports_filter, redone) -%}
    {%- set groups = var('checks_redone_each_run') -%}
    {%- if not is_incremental() -%}
        true
    {%- elif model in groups.get('written_in_run', {}) -%}
        ({{ reports_filter }} or (family in ('{{ groups.written_in_run[model] | join("', '") }}')
            and built_in = '{{ invocation_id }}'))
    {%- else -%}
        {%- set families = [] -%}
        {%- for kind, models in groups.items() if kind != 'written_in_run' -%}
            {%- do families.extend(models.get(model, [])) -%}
        {%- endfor -%}
        {%- set clauses = [reports_filter] -%}
        {%- for family in families if family in redone -%}
            {%- do clauses.append("(family = '" ~ family ~ "' and " ~ redone[family] ~ ")") -%}
        {%- endfor -%}
        ({{ clauses | join(' or ') }})
    {%- endif -%}
{%- endmacro %}
