"""Annual reports (政府信息公开工作年度报告): the template's tables and the report's metadata."""

from ingest.parsing.report.parser import NOT_IN_VARIANT, NoTables, ParsedReport, Value, parse_report

__all__ = ["NOT_IN_VARIANT", "NoTables", "ParsedReport", "Value", "parse_report"]
