"""Untrusted documents: small generated bombs and runaway readers cost their own file, never the run.

The bombs (a zip bomb .docx, a flate-bomb PDF, a deeply nested page) run through the ingest in a child
process beside two good reports, with the default limits; the run reports its own peak memory (its
high-water mark and its largest parser process: a forked process's count would include its parent's
pages), not a clock. The runaway readers (a loop, a
reader stuck where no signal reaches it, a reader that balloons) are simulated in the parser processes,
which are forked, so they run under the limits of `ingest.parsing.limits`.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from conftest import REPORTS, query

from ingest.parsing import parse
from ingest.pipeline import load

GOOD = ["2021_lanshan.txt", "2021_laiwu.txt"]


def _flate_bomb_pdf(megabytes: int) -> bytes:
    """A one-page PDF whose content stream inflates to `megabytes` MB of spaces (a few hundred KB)."""
    deflate = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    body = b"".join(deflate.compress(chunk) for _ in range(megabytes)) + deflate.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
    ]
    out, offsets = b"%PDF-1.7\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def _zip_bomb_docx(source: bytes, megabytes: int) -> bytes:
    """A real .docx whose word/document.xml is replaced by one that inflates to `megabytes` MB."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(source)) as original,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for info in original.infolist():
            if info.filename != "word/document.xml":
                bomb.writestr(info, original.read(info))
        with bomb.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0"?><w:document xmlns:w="x"><w:body><w:p><w:r><w:t>')
            for _ in range(megabytes):
                part.write(b" " * (1 << 20))
            part.write(b"</w:t></w:r></w:p></w:body></w:document>")
    return out.getvalue()


def test_bombs_are_refused_beside_good_files_in_a_few_hundred_mb(tmp_path, published):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in GOOD:
        (raw / name).write_bytes((REPORTS / name).read_bytes())
    (raw / "bomb.pdf").write_bytes(_flate_bomb_pdf(1024))  # 1 GB of page content
    word = published[("2021_luozhuang.txt", "docx")].read_bytes()
    (raw / "bomb.docx").write_bytes(_zip_bomb_docx(word, 1024))  # 1 GB of document.xml
    (raw / "ratio.docx").write_bytes(_zip_bomb_docx(word, 300))  # under the total, over the ratio
    depth = 200_000
    (raw / "deep.html").write_text(
        "<html><body>" + "<div>" * depth + "x" + "</div>" * depth + "</body></html>"
    )
    assert (raw / "bomb.pdf").stat().st_size < 2 << 20 and (raw / "bomb.docx").stat().st_size < 4 << 20

    db = tmp_path / "warehouse.duckdb"
    # The run's own accounting: the ingest process's high-water mark (VmHWM, its own since exec) and the
    # largest of its parser processes (RUSAGE_CHILDREN), printed by the run itself at its end.
    run = textwrap.dedent(f"""
        import resource, sys
        from ingest.__main__ import main
        status = main(["--raw", {str(raw)!r}, "--db", {str(db)!r}, "--jobs", "2"])
        own = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
        workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print("PEAK_KB", max(own, workers))
        sys.exit(status)
    """)
    child = subprocess.run([sys.executable, "-c", run], capture_output=True, text=True)
    output = child.stdout + child.stderr
    assert child.returncode == 0, output[-2000:]
    peak_mb = int(output.split("PEAK_KB")[1].split()[0]) / 1024
    print(f"peak memory of the run: {peak_mb:.0f} MB")
    assert peak_mb < 600, output[-2000:]  # a few hundred MB: the process itself and at most the PDF bound

    files = {
        Path(p).name: (s, m) for p, s, m in query(db, "select source_path, status, message from raw.files")
    }
    assert files["bomb.pdf"][0] == "rejected" and "NIANBAO_MAX_PDF_STREAM_MB" in files["bomb.pdf"][1]
    assert files["bomb.docx"][0] == "rejected" and "NIANBAO_MAX_UNZIPPED_MB" in files["bomb.docx"][1]
    assert files["ratio.docx"][0] == "rejected" and "NIANBAO_MAX_ZIP_RATIO" in files["ratio.docx"][1]
    assert files["deep.html"][0] == "rejected"
    assert all(files[name][0] == "loaded" for name in GOOD)


def _runaway(path, data=None):
    """read_document, except for the runaway files of the tests below."""
    name = Path(path).name
    if name == "loop.txt":
        while True:  # a reader that never ends
            pass
    if name == "stuck.txt":  # stuck where no signal is handled, as inside a C library
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(3600)
    if name == "balloon.txt":
        return bytearray(2 << 30)  # 2 GB
    if name.endswith("crash.txt"):  # a crash in a library: the process is gone at once
        os._exit(1)
    if PARSED_BY.get("log"):
        with open(PARSED_BY["log"], "a", encoding="utf-8") as log:
            log.write(f"{os.getpid()} {name}\n")
        if name >= PARSED_BY.get("meet", "\uffff"):
            _meet_another_process(PARSED_BY["log"], PARSED_BY["meet"])
    return READ_DOCUMENT(path, data)


# Where _runaway notes which process parsed which file ("log"), and from which file name on a parse waits
# for a second process ("meet").
PARSED_BY: dict[str, str] = {}


def _meet_another_process(log: str, first: str, limit_s: float = 10.0) -> None:
    """Hold a parse of a file named `first` or later until another process has logged one too, at most
    `limit_s`: with two live workers the other always comes, so whether the later files are parsed in
    parallel no longer depends on which worker is quicker (one alone used to take every batch before the
    crashed one's replacement had started, on a quick machine); with one worker the wait runs out and the
    test's assertion fails as it should."""
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        lines = Path(log).read_text(encoding="utf-8").split("\n")
        if len({line.split()[0] for line in lines if line and line.split()[1] >= first}) >= 2:
            return
        time.sleep(0.01)


READ_DOCUMENT = parse.read_document


@pytest.mark.parametrize(
    "name,says",
    [
        ("loop.txt", "took longer than the limit of 1 s"),
        ("stuck.txt", "was stuck on this file"),
        ("balloon.txt", "needed more memory than the limit of 300 MB"),
    ],
)
def test_a_runaway_reader_is_stopped_and_the_others_load(tmp_path, monkeypatch, name, says):
    raw = tmp_path / "raw"
    raw.mkdir()
    for good in GOOD:
        (raw / good).write_bytes((REPORTS / good).read_bytes())
    (raw / name).write_bytes((REPORTS / "2021_luozhuang.txt").read_bytes())
    monkeypatch.setenv("NIANBAO_PARSE_TIMEOUT_S", "1")
    monkeypatch.setenv("NIANBAO_PARSE_MEMORY_MB", "300")
    monkeypatch.setattr(parse, "read_document", _runaway)  # the parser processes are forked: they see it
    out = io.StringIO()
    load.ingest(raw, tmp_path / "warehouse.duckdb", jobs=2, out=out)
    rows = query(tmp_path / "warehouse.duckdb", "select source_path, status, message from raw.files")
    files = {Path(p).name: (s, m) for p, s, m in rows}
    assert files[name][0] == "rejected" and says in files[name][1], files[name]
    assert all(files[good][0] == "loaded" for good in GOOD)


def test_a_crashed_worker_costs_only_its_batch_and_the_pool_goes_on(tmp_path, monkeypatch):
    """One crash early in a run: the crashed batch's files are parsed again one at a time, the culprit
    alone is lost, and the files after it are still parsed by the pool's two processes (issue 27: it was
    one process per file, one at a time, for the rest of the run)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    text = (REPORTS / "2021_luozhuang.txt").read_text(encoding="utf-8")
    names = [f"{i:02d}_luozhuang.txt" for i in range(24)]
    for i, name in enumerate(names):  # distinct reports: a different year each
        (raw / name).write_text(text.replace("2021", str(1990 + i)), encoding="utf-8")
    (raw / "01_crash.txt").write_text(text, encoding="utf-8")
    monkeypatch.setitem(PARSED_BY, "log", str(tmp_path / "parsed_by.log"))
    monkeypatch.setitem(PARSED_BY, "meet", "10")
    monkeypatch.setattr(parse, "read_document", _runaway)
    out = io.StringIO()
    load.ingest(raw, tmp_path / "warehouse.duckdb", jobs=2, out=out)
    rows = query(tmp_path / "warehouse.duckdb", "select source_path, status, message from raw.files")
    files = {Path(p).name: (s, m) for p, s, m in rows}
    assert files["01_crash.txt"][0] == "rejected" and "process died" in files["01_crash.txt"][1]
    assert all(files[name][0] != "rejected" or "process" not in files[name][1] for name in names)
    assert len(files) == len(names) + 1
    log = (tmp_path / "parsed_by.log").read_text(encoding="utf-8").split("\n")
    late = {line.split()[0] for line in log if line and line.split()[1] >= "10"}
    assert len(late) >= 2, "after the crash, the later files were not parsed in parallel"
    every = {line.split()[0] for line in log if line}
    assert len(every) <= 4, f"{len(every)} processes: the pool should replace only the crashed one"
    assert "parsed again one at a time" in out.getvalue()


def test_limits_are_settings_with_documented_names(monkeypatch):
    from ingest.parsing import limits

    monkeypatch.setenv("NIANBAO_MAX_TEXT_MB", "0.001")
    assert limits.current().max_text_mb == 0.001
    monkeypatch.setenv("NIANBAO_PARSE_TIMEOUT_S", "soon")
    with pytest.raises(ValueError, match="NIANBAO_PARSE_TIMEOUT_S='soon' is not a number"):
        limits.current()
    for name in ("max_text_mb", "max_unzipped_mb", "max_zip_ratio", "max_pdf_stream_mb", "parse_timeout_s"):
        assert limits.Limits.setting(name) in limits.__doc__


def test_a_text_file_over_the_size_limit_is_refused_with_the_setting_to_raise(tmp_path, monkeypatch):
    monkeypatch.setenv("NIANBAO_MAX_TEXT_MB", "0.01")  # 10 KB: the seed report is 22 KB
    path = tmp_path / "big.txt"
    path.write_bytes((REPORTS / "2021_lanshan.txt").read_bytes())
    result = parse.parse_file("big.txt", path)
    assert result.status == "rejected" and "NIANBAO_MAX_TEXT_MB" in result.message
