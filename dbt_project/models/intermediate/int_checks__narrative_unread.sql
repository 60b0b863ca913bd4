-- Each sentence of a report's text that states an application, review or litigation figure and yielded
-- no claim (ingest/parsing/narrative/unread.py): a narrative_unread info finding, so that a report with
-- no contradiction because its text was read is told apart from one whose text was not read.
-- Observed: 1 (one sentence not read); expected: 0.
with unread as (
    select
        report_id,
        source_line,
        sentence_no,
        sentence
    from {{ ref('stg_raw__narrative_unread') }}
),

final as (
    select
        report_id,
        'narrative_unread' as family,  -- noqa: RF04
        -- Named by where the sentence is printed: its line, then its place among that line's sentences.
        'narrative_unread@' || cast(source_line as varchar) || ':' || cast(sentence_no as varchar) as "check",
        cast(1 as double) as observed_value,
        cast(0 as double) as expected_value,
        'no claim read from: ' || sentence as observed,
        'a claim read from each sentence that states an application figure' as expected,
        'line ' || cast(source_line as varchar) as source  -- noqa: RF04
    from unread
)

select * from final
