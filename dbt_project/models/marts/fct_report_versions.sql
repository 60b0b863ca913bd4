-- Each version of a crawled report: the bytes first seen at one URL and any different bytes seen there later
-- (acquire/ keeps every version as its own file), with the template values that changed from the version
-- before. A version whose values could not be compared says why (comparison).
with crawl_sources as (
    select * from {{ ref('stg_raw__crawl_sources') }}
),

files as (
    select * from {{ ref('stg_raw__files') }}
),

-- `not materialized`: read twice below, DuckDB would otherwise copy every value of every report before the
-- joins, even when no URL has two versions (7 s of a one-added build at 100,000 reports); inlined, each join
-- reads the values of the versions it pairs.
report_values as not materialized (
    select * from {{ ref('stg_raw__report_values') }}
),

versions as (
    select
        crawl_sources.source_url,
        crawl_sources.source_path,
        crawl_sources.first_seen_at,
        crawl_sources.content_seen_at,
        crawl_sources.crawled_sha256,
        files.load_status,
        files.report_id,
        row_number() over (
            partition by crawl_sources.source_url
            order by crawl_sources.content_seen_at, crawl_sources.source_path
        ) as version_no,
        count(*) over (partition by crawl_sources.source_url) as version_count
    from crawl_sources
    left join files on crawl_sources.source_path = files.source_path
),

paired as (
    select
        versions.*,
        lag(versions.report_id) over (partition by versions.source_url order by versions.version_no)
            as previous_report_id,
        lag(versions.load_status) over (partition by versions.source_url order by versions.version_no)
            as previous_load_status
    from versions
),

changes as (
    select
        paired.source_url,
        paired.version_no,
        count(*) as changed_value_count,
        string_agg(
            current_values.section || ' ' || current_values.row_code || ' ' || current_values.col_code || ': '
            || coalesce(previous_values.value_text, '(none)') || ' → '
            || coalesce(current_values.value_text, '(none)'),
            '; '
            order by current_values.section, current_values.row_code, current_values.col_code
        ) as changed_values
    from paired
    inner join report_values as current_values on paired.report_id = current_values.report_id
    inner join report_values as previous_values
        on
            paired.previous_report_id = previous_values.report_id
            and current_values.section = previous_values.section
            and current_values.row_code = previous_values.row_code
            and current_values.col_code = previous_values.col_code
    where
        current_values.value is distinct from previous_values.value
        or current_values.value_text is distinct from previous_values.value_text
    group by paired.source_url, paired.version_no
),

final as (
    select
        paired.source_url,
        paired.version_no,
        paired.version_count,
        paired.source_path,
        paired.report_id,
        paired.previous_report_id,
        paired.crawled_sha256,
        paired.load_status,
        paired.first_seen_at,
        paired.content_seen_at,
        case
            when paired.version_no = 1 then 'first version'
            when paired.report_id is not null and paired.previous_report_id is not null then 'values compared'
            else
                'not compared: this version is ' || coalesce(paired.load_status, 'not loaded')
                || ', the one before ' || coalesce(paired.previous_load_status, 'not loaded')
        end as comparison,
        case
            when paired.version_no > 1 and paired.report_id is not null and paired.previous_report_id is not null
                then coalesce(changes.changed_value_count, 0)
        end as changed_value_count,
        changes.changed_values
    from paired
    left join changes on paired.source_url = changes.source_url and paired.version_no = changes.version_no
)

select * from final
