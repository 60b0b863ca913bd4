"""The build's staged copy (`ingest.pipeline.stage`): a build works on a copy and publishes it by one
rename."""

from __future__ import annotations

import pytest

from ingest.pipeline import stage


def test_begin_copies_the_warehouse_and_publish_replaces_it(tmp_path):
    db, staged = tmp_path / "data" / "warehouse.duckdb", tmp_path / "build" / "next.duckdb"
    db.parent.mkdir()
    db.write_bytes(b"old")
    stage.begin(db, staged)
    assert staged.read_bytes() == b"old"
    staged.write_bytes(b"new")
    assert db.read_bytes() == b"old"  # nothing is published before the end
    stage.publish(db, staged)
    assert db.read_bytes() == b"new" and not staged.exists()


def test_a_first_build_starts_from_nothing_and_a_failed_build_leaves_the_last_good_file(tmp_path):
    db, staged = tmp_path / "warehouse.duckdb", tmp_path / "next.duckdb"
    staged.write_bytes(b"half-built by a failed build")
    stage.begin(db, staged)
    assert not staged.exists()  # the leftover is not built on
    db.write_bytes(b"good")
    stage.begin(db, staged)
    stage.discard(staged)
    assert db.read_bytes() == b"good" and not staged.exists()


def test_publishing_nothing_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="nothing to publish"):
        stage.publish(tmp_path / "warehouse.duckdb", tmp_path / "next.duckdb")
