"""What a run has to do (`ingest.pipeline.changes.plan_changes`), decided from hashes alone: no DuckDB, no
files."""

from __future__ import annotations

from ingest.pipeline.changes import Seen, plan_changes

FP = "parser-1"


def test_first_run_parses_everything_in_path_order():
    plan = plan_changes({}, {"b.txt": "h2", "a.txt": "h1"}, FP)
    assert plan.to_parse == ["b.txt", "a.txt"] and plan.unchanged == [] and plan.stale == []


def test_unchanged_file_is_not_parsed_again_and_keeps_its_rows():
    plan = plan_changes({"a.txt": Seen("h1", FP, "loaded")}, {"a.txt": "h1"}, FP)
    assert plan.unchanged == ["a.txt"] and plan.to_parse == [] and plan.stale == []


def test_changed_content_or_parser_is_parsed_again_and_its_old_rows_go():
    previous = {"a.txt": Seen("h1", FP, "loaded"), "b.txt": Seen("h2", FP, "partial")}
    plan = plan_changes(previous, {"a.txt": "h1-new", "b.txt": "h2"}, FP)
    assert plan.to_parse == ["a.txt"] and plan.unchanged == ["b.txt"] and plan.stale == ["a.txt"]
    plan = plan_changes(previous, {"a.txt": "h1", "b.txt": "h2"}, "parser-2")
    assert plan.to_parse == ["a.txt", "b.txt"] and plan.stale == ["a.txt", "b.txt"]


def test_a_rejected_file_with_the_same_bytes_is_not_parsed_again():
    plan = plan_changes({"bad.txt": Seen("h9", FP, "rejected")}, {"bad.txt": "h9"}, FP)
    assert plan.unchanged == ["bad.txt"]


def test_removed_file_is_stale():
    plan = plan_changes({"gone.txt": Seen("h1", FP, "loaded")}, {}, FP)
    assert plan.removed == ["gone.txt"] and plan.stale == ["gone.txt"]


def test_same_content_twice_is_loaded_from_the_first_name():
    plan = plan_changes({}, {"a.txt": "h1", "copy/a.txt": "h1"}, FP)
    assert plan.to_parse == ["a.txt"] and plan.duplicates == {"copy/a.txt": "a.txt"}


def test_same_content_keeps_the_name_already_loaded_even_if_a_new_one_sorts_first():
    previous = {"z.txt": Seen("h1", FP, "loaded")}
    plan = plan_changes(previous, {"a.txt": "h1", "z.txt": "h1"}, FP)
    assert plan.unchanged == ["z.txt"] and plan.duplicates == {"a.txt": "z.txt"}


def test_a_former_duplicate_whose_twin_is_gone_is_parsed():
    previous = {"a.txt": Seen("h1", FP, "loaded"), "b.txt": Seen("h1", FP, "duplicate")}
    plan = plan_changes(previous, {"b.txt": "h1"}, FP)
    assert plan.to_parse == ["b.txt"] and plan.removed == ["a.txt"] and plan.stale == ["a.txt", "b.txt"]
