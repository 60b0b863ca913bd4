{#
  Per-report marts are incremental on the reports that came and went (dbt_project.yml: the models under
  `+materialized: incremental`). A report's rows depend on that report alone, and a changed file is a new
  report_id (derived from its content hash), so an incremental run only
    - deletes the rows of reports no longer accepted (removed, changed, or quarantined): `delete_reports_gone`
      as the model's pre-hook, and
    - appends the rows of reports it does not hold yet: `new_reports_only` in the model's where clause.
  The one exception: a report with an ambiguous split (raw.report_values.candidates) may be settled by its
  body's previous report, so its rows are deleted and appended again on every run.
  When rows of unchanged reports may change (a new parser, template, reference or dbt project), the build
  driver runs `dbt build --full-refresh` (ingest/pipeline/stamp.py), and every model is rebuilt from scratch.
  The pre-hook reads int_reports__accepted: a model that does not select from it says
  `-- depends_on: {{ ref('int_reports__accepted') }}` on its first line.
#}

{% macro new_reports_only(report_id) -%}
    {%- if is_incremental() -%}
        {{ report_id }} not in (select built.report_id from {{ this }} as built)
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{% macro delete_reports_gone() -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where report_id not in (select accepted.report_id from {{ ref('int_reports__accepted') }} as accepted)
            -- a report with an ambiguous split depends on its body's previous report too
            -- (int_report_values__settled), which may have come or gone: its rows are made again
            or report_id in (
                select pending.report_id from {{ source('raw', 'report_values') }} as pending
                where pending.candidates is not null
            )
    {%- endif -%}
{%- endmacro %}

{#- dim_report's rows also name the file a report was loaded from: a report whose file went while another
    file of the same content stayed is loaded again from that one (ingest/pipeline/changes.py), under the
    same report_id, and its row is made again. -#}
{% macro delete_reports_gone_or_moved() -%}
    {%- if is_incremental() -%}
        delete from {{ this }}
        where not exists (
            select 1 from {{ ref('int_reports__accepted') }} as accepted
            where
                accepted.report_id = {{ this }}.report_id
                and accepted.source_path is not distinct from {{ this }}.source_path
        )
    {%- endif -%}
{%- endmacro %}
