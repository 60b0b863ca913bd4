"""`make bench-crawl PAGES=500`: the crawler's own cost, against a portal served on 127.0.0.1 by this process.

The portal is a TRS-style 年报 column (createPageHTML paging, 20 links a page) of PAGES report pages of
about 20 KB each. The crawl runs with politeness off (no delay, no AutoThrottle, 8 requests at once: allowed
for this machine only) so that the figures are the crawler's: pages per second (wall clock) and CPU seconds
per page of the crawler's process (user + system, from the operating system's accounting of the child).
A second run over the same state is the re-crawl: every page a conditional GET answered 304.

Nothing here is a pass/fail test: the figures go in the README.

    .venv/bin/python -m bench.crawl --pages 500
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PER_LIST = 20


def _report(n: int) -> bytes:
    rows = "".join(
        f"<tr><td>第{r}行</td>" + "".join(f"<td>{(n * r + c) % 97}</td>" for c in range(8)) + "</tr>"
        for r in range(40)
    )
    return (
        "<html><head><meta charset='utf-8'>"
        f"<title>第{n}号单位2021年政府信息公开工作年度报告</title></head><body>"
        "<h1>政府信息公开工作年度报告</h1><p>二、主动公开政府信息情况</p>"
        f"<p>三、收到和处理政府信息公开申请情况</p><table>{rows}</table>"
        + "<p>说明文字。</p>" * 200
        + "</body></html>"
    ).encode()


def _site(pages: int) -> dict[str, bytes]:
    site = {"/robots.txt": b"User-agent: *\nDisallow: /private/\n"}
    lists = max(1, -(-pages // PER_LIST))
    for i in range(lists):
        items = "".join(
            f'<li><a href="t{n}.html">第{n}号单位2021年政府信息公开工作年度报告</a></li>'
            for n in range(i * PER_LIST, min(pages, (i + 1) * PER_LIST))
        )
        name = "index.html" if i == 0 else f"index_{i}.html"
        site[f"/ndbg/{name}"] = (
            "<html><head><meta charset='utf-8'><meta name='ColumnName' content='政府信息公开年报'></head>"
            f"<body><ul>{items}</ul>"
            f'<script>createPageHTML({lists}, {i}, "index", "html");</script></body></html>'
        ).encode()
    for n in range(pages):
        site[f"/ndbg/t{n}.html"] = _report(n)
    return site


def serve(site: dict[str, bytes]) -> ThreadingHTTPServer:
    etags = {path: '"' + hashlib.sha1(body).hexdigest()[:12] + '"' for path, body in site.items()}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            body = site.get(self.path)
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if self.headers.get("If-None-Match") == etags[self.path]:
                self.send_response(304)
                self.send_header("ETag", etags[self.path])
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("ETag", etags[self.path])
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def crawl(url: str, folder: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds of one crawl in its own process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "acquire",
            url,
            "--state",
            str(folder / "state"),
            "--out",
            str(folder / "raw"),
            "--delay",
            "0",
            "--concurrency",
            "8",
            "--no-autothrottle",
            "--daily-cap",
            "0",
            "-s",
            "CONCURRENT_REQUESTS=16",
            "-s",
            "LOG_LEVEL=WARNING",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def startup(folder: Path) -> tuple[float, float]:
    """The cost of starting a crawl that fetches nothing but robots.txt (Python, Scrapy, Twisted)."""
    server = serve({"/robots.txt": b"User-agent: *\nDisallow: /\n"})
    try:
        return crawl(f"http://127.0.0.1:{server.server_address[1]}/x.html", folder)
    finally:
        server.shutdown()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--pages", type=int, default=500)
    args = p.parse_args(argv)
    site = _site(args.pages)
    server = serve(site)
    url = f"http://127.0.0.1:{server.server_address[1]}/ndbg/index.html"
    folder = Path(tempfile.mkdtemp(prefix="nianbao-bench-crawl-"))
    try:
        base_wall, base_cpu = startup(folder / "startup")
        requests = len(site)  # every list and report page, and robots.txt
        print(f"bench-crawl: {args.pages} report pages, {requests} requests, politeness off, 127.0.0.1")
        print(f"  start-up alone: {base_wall:.2f} s wall, {base_cpu:.2f} s CPU (subtracted below)")
        for label in ("first crawl (200s)", "re-crawl (304s)"):
            wall, cpu = crawl(url, folder / "run")
            net_wall, net_cpu = max(wall - base_wall, 1e-9), max(cpu - base_cpu, 0.0)
            print(
                f"  {label}: {wall:.2f} s wall, {cpu:.2f} s CPU; without start-up "
                f"{requests / net_wall:.0f} pages/s, {1000 * net_cpu / requests:.1f} ms CPU per page"
            )
        stored = sum(1 for f in (folder / "run" / "raw").rglob("*.html") if not f.name.startswith("."))
        print(f"  report files written: {stored} of {args.pages}")
    finally:
        server.shutdown()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
