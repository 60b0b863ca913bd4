select
    report_id,
    cast(source_line as integer) as source_line,
    cast(sentence_no as integer) as sentence_no,
    sentence
from {{ source('raw', 'narrative_unread') }}
