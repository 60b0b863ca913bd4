select
    source_path,
    source_url,
    final_url,
    first_seen_at,
    content_seen_at,
    crawl_version,
    crawled_sha256,
    title as link_title_zh,
    warc_file,
    warc_offset,
    crawl_id
from {{ source('raw', 'crawl_sources') }}
