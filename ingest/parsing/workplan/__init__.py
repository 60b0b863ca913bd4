"""Work plans (政务公开工作要点): the cover notice, the plan's body headings and its task table."""

from ingest.parsing.workplan.parser import ParsedWorkplan, parse_workplan, workplan_records

__all__ = ["ParsedWorkplan", "parse_workplan", "workplan_records"]
