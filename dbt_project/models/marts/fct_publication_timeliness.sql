-- Was each report published by its legal deadline (条例 第五十条)? A county-level or higher government's
-- own report (scope government) is due by 31 March of the next year, every other body's report by
-- 31 January. Two dates can show it: the date the report prints (published_on) and the day the crawler
-- first saw it online (first_seen_at, in China time). A first sighting by the deadline proves the report
-- was on time; a later one only bounds publication from above (the crawler may simply have looked late),
-- so then the printed date decides, and without one nothing is established.
with reports as (
    select * from {{ ref('int_reports__accepted') }}
),

crawl_sources as (
    select * from {{ ref('stg_raw__crawl_sources') }}
),

dated as (
    select
        reports.report_id,
        reports.reporting_body_zh,
        reports.scope,
        reports.division_code,
        reports.report_year,
        reports.source_path,
        crawl_sources.source_url,
        crawl_sources.crawl_version,
        reports.published_on,
        crawl_sources.first_seen_at,
        cast(timezone('Asia/Shanghai', crawl_sources.first_seen_at) as date) as first_seen_on,
        case
            when reports.scope = 'government' then make_date(reports.report_year + 1, 3, 31)
            else make_date(reports.report_year + 1, 1, 31)
        end as deadline,
        case
            when reports.scope = 'government' then '31 March: a county-level or higher government''s report'
            else '31 January: a body''s own report'
        end as deadline_rule
    from reports
    left join crawl_sources on reports.source_path = crawl_sources.source_path
    where reports.report_year is not null
),

final as (
    select
        report_id,
        reporting_body_zh,
        scope,
        division_code,
        report_year,
        source_path,
        source_url,
        crawl_version,
        deadline,
        deadline_rule,
        published_on,
        published_on - deadline as printed_days_after_deadline,
        first_seen_at,
        first_seen_on,
        first_seen_on - deadline as first_seen_days_after_deadline,
        case
            when first_seen_on <= deadline then 'first_seen'
            when published_on is not null then 'printed_date'
            else 'none'
        end as established_by,
        case
            when first_seen_on <= deadline then 'on_time'
            when published_on <= deadline then 'on_time'
            when published_on > deadline then 'late'
            else 'not_established'
        end as timeliness,
        coalesce(published_on > first_seen_on, false) as printed_after_first_seen
    from dated
)

select * from final
