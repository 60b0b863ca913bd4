"""Acquire the corpus: a polite, resumable crawler of government portals (Scrapy, WARC, a DuckDB ledger)."""
