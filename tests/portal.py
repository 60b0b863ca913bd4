"""A simulated government portal on 127.0.0.1, for the crawler's tests (tests/test_acquire_*.py).

Two CMS styles (TRS static lists in UTF-8 with createPageHTML page counts; Hanweb jpage in GBK with a
dataproxy.jsp record set), Guangdong's gkmlpt JSON API, and a generic column with 下一页 links behind a
301. Reports are pages (GBK and UTF-8, from fixtures.make_html) and PDF / DOCX attachments (make_pdf,
make_docx); bodies other than the seeds' are the seeds' pages with the place renamed. Around them: a
robots.txt disallowing /private/, a 429 with Retry-After, a 404, a cookie set by a redirect before the
content, a page slower than the crawler's timeout and a page larger than its size limit.

Every response carries an ETag and Last-Modified and answers a matching conditional GET with 304. The
server logs each request (start and end time, method, path, status) for the tests to measure politeness
from the server's side.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from fixtures.make_docx import make_docx
from fixtures.make_html import page
from fixtures.make_pdf import make_pdf

SLOW_SECONDS = 3.0  # longer than the tests' DOWNLOAD_TIMEOUT
HUGE_BYTES = 3 * 1024 * 1024  # larger than the tests' DOWNLOAD_MAXSIZE
OLE_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")
LAST_MODIFIED = formatdate(1_643_600_000, usegmt=True)  # 2022-01-31


def report_html(seed: str, encoding: str, rename: tuple[str, str] | None = None) -> bytes:
    text = page(seed)
    if rename:
        text = text.replace(*rename)
    if encoding == "utf-8":
        text = re.sub(r"charset=[\w-]+", "charset=utf-8", text, count=1)
    return text.encode(encoding, errors="xmlcharrefreplace")


def _list_page(
    title: str, items: list[tuple[str, str]], *, extra: str = "", charset: str = "utf-8", column: bool = True
) -> str:
    meta = (
        f'<meta name="ColumnName" content="{title}" />\n<meta name="ColumnType" content="年报" />'
        if column
        else ""
    )
    lis = "\n".join(
        f'<li><a href="{href}" target="_blank" title="{text}">{text}</a><span>2022-01-20</span></li>'
        for href, text in items
    )
    return (
        "<!DOCTYPE html><html><head>"
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}" />'
        f"{meta}<title>{title}</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/news/">新闻中心</a> '
        '<a href="/zwgk/">政府信息公开</a></div>'
        f'<div class="list"><ul>{lis}</ul></div>{extra}</body></html>'
    )


@dataclass
class Logged:
    start: float
    end: float
    method: str
    path: str
    status: int
    headers: dict[str, str]


@dataclass
class Portal:
    """The site: path -> (content type, bytes); the special paths are answered in the handler."""

    pages: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    log: list[Logged] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    hits: dict[str, int] = field(default_factory=dict)
    server: ThreadingHTTPServer | None = None
    reports: dict[str, str] = field(default_factory=dict)  # path -> the body it is the report of

    @property
    def base(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def put(self, path: str, content_type: str, body: bytes) -> None:
        with self.lock:
            self.pages[path] = (content_type, body)

    def served(self, path_prefix: str = "", status: int | None = None) -> list[Logged]:
        with self.lock:
            return [
                e
                for e in self.log
                if e.path.startswith(path_prefix) and (status is None or e.status == status)
            ]

    def start(self) -> Portal:
        portal = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                self._serve("GET")

            def do_POST(self) -> None:
                self._serve("POST")

            def _serve(self, method: str) -> None:
                start = time.monotonic()
                length = int(self.headers.get("Content-Length") or 0)
                form = self.rfile.read(length).decode() if length else ""
                status = portal.answer(self, method, form)
                with portal.lock:
                    portal.log.append(
                        Logged(start, time.monotonic(), method, self.path, status, dict(self.headers))
                    )

        class Server(ThreadingHTTPServer):
            def handle_error(self, request, client_address) -> None:  # a crawler that hung up: not news
                pass

        self.server = Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        build(self)
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    # -- answers --------------------------------------------------------------------------------------
    def answer(self, h: BaseHTTPRequestHandler, method: str, form: str) -> int:
        parts = urlsplit(h.path)
        path = parts.path
        with self.lock:
            self.hits[h.path] = self.hits.get(h.path, 0) + 1
            hits = self.hits[h.path]
        if path == "/zwgk/xxgkndbg/t429.html" and hits == 1:
            return _send(h, 429, b"too many requests", "text/plain", {"Retry-After": "1"})
        if path == "/bmnb/":
            return _send(h, 301, b"", "text/plain", {"Location": "/bmnb2/index.html"})
        if path == "/gate":
            to = parse_qs(parts.query).get("to", ["/"])[0]
            return _send(h, 302, b"", "text/plain", {"Location": to, "Set-Cookie": "gate=passed; Path=/"})
        if path.startswith("/zwgk/xxgkndbg/cookie_") and "gate=passed" not in (h.headers.get("Cookie") or ""):
            return _send(h, 403, b"no cookie", "text/plain")
        if path == "/zwgk/xxgkndbg/slow.html":
            time.sleep(SLOW_SECONDS)
        if path == "/zwgk/xxgkndbg/huge.html":
            body = b"<html><body>" + b"x" * HUGE_BYTES + b"</body></html>"
            return _send(h, 200, body, "text/html")
        if path == "/module/web/jpage/dataproxy.jsp" and method == "POST":
            return self._dataproxy(h, parts.query, form)
        if path == "/gkmlpt/api/all/77":
            return self._gkmlpt(h, parts.query)
        with self.lock:
            found = self.pages.get(path)
        if found is None:
            return _send(h, 404, b"<html><body>404 Not Found</body></html>", "text/html")
        content_type, body = found
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if h.headers.get("If-None-Match") == etag:
            return _send(h, 304, b"", None, {"ETag": etag, "Last-Modified": LAST_MODIFIED})
        return _send(h, 200, body, content_type, {"ETag": etag, "Last-Modified": LAST_MODIFIED})

    def _dataproxy(self, h: BaseHTTPRequestHandler, query: str, form: str) -> int:
        q = {k: v[0] for k, v in parse_qs(query).items()}
        f = {k: v[0] for k, v in parse_qs(form).items()}
        if f.get("columnid") != "123" or f.get("unitid") != "4567":
            return _send(h, 400, b"bad column", "text/plain")
        start, end = int(q["startrecord"]), int(q["endrecord"])
        chosen = HANWEB_RECORDS[start - 1 : end]
        records = "".join(
            f'<record><![CDATA[<li><a href="{href}" title="{t}">{t}</a></li>]]></record>'
            for href, t in chosen
        )
        body = (
            f'<?xml version="1.0" encoding="GBK"?><datastore><totalrecord>{len(HANWEB_RECORDS)}</totalrecord>'
            f"<recordset>{records}</recordset></datastore>"
        ).encode("gbk")
        return _send(h, 200, body, "text/xml; charset=GBK")

    def _gkmlpt(self, h: BaseHTTPRequestHandler, query: str) -> int:
        q = {k: v[0] for k, v in parse_qs(query).items()}
        if q.get("sid") != "755":
            return _send(h, 400, b"bad sid", "text/plain")
        n = int(q.get("page", "1"))
        chosen = GKMLPT_ARTICLES[n - 1 : n]  # one article per page
        data = {
            "total": len(GKMLPT_ARTICLES),
            "page": n,
            "articles": [
                {"id": i, "title": t, "url": self.base + href, "create_time": 1642600000}
                for i, (href, t) in enumerate(chosen)
            ],
        }
        return _send(h, 200, json.dumps(data, ensure_ascii=False).encode(), "application/json; charset=utf-8")


def _send(
    h: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    content_type: str | None,
    headers: dict[str, str] | None = None,
) -> int:
    h.send_response(status)
    if content_type:
        h.send_header("Content-Type", content_type)
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the crawler gave up (timeout, size)
        h.wfile.write(body)
    return status


HANWEB_RECORDS = [
    ("/art/2022/1/20/art_123_1.html", "费县人民政府2021年政府信息公开工作年度报告"),
    ("/art/2022/1/21/art_123_2.html", "平邑县人民政府2021年政府信息公开工作年度报告"),
    ("/art/2022/1/22/art_123_3.html", "沂南县人民政府2021年政府信息公开工作年度报告"),
]
GKMLPT_ARTICLES = [
    ("/gkmlpt/content/1/1/post_1.html", "寿光市人民政府办公室2021年政府信息公开工作年度报告"),
    ("/gkmlpt/content/1/2/post_2.html", "关于做好2022年政务公开工作的通知"),
]
# Each report the portal publishes, by the path of the file the crawler should keep, with its body.
EXPECTED_REPORTS = {
    "/zwgk/xxgkndbg/202201/t20220120_1.html": "济南市莱芜区人民政府",
    "/zwgk/xxgkndbg/t429.html": "昌乐县人民政府办公室",
    "/zwgk/xxgkndbg/files/lanshan_2021.pdf": "临沂市兰山区人民政府",
    "/zwgk/xxgkndbg/files/luozhuang_2021.docx": "临沂市罗庄区人民政府",
    "/zwgk/xxgkndbg/cookie_hedong.html": "临沂市河东区人民政府",
    "/bmnb2/lanling.html": "临沂市兰陵县人民政府",
    "/bmnb2/gangcheng.html": "济南市钢城区人民政府",
    "/art/2022/1/20/art_123_1.html": "费县人民政府",
    "/art/2022/1/21/art_123_2.html": "平邑县人民政府",
    "/art/2022/1/22/art_123_3.html": "沂南县人民政府",
    "/gkmlpt/content/1/1/post_1.html": "寿光市人民政府办公室",
}


def build(p: Portal) -> None:
    html_utf8 = "text/html; charset=utf-8"
    p.put("/robots.txt", "text/plain", b"User-agent: *\nDisallow: /private/\n")
    p.put(
        "/",
        html_utf8,
        _list_page("某市人民政府门户网站", [("/zwgk/", "政府信息公开")], column=False).encode(),
    )
    p.put(
        "/zwgk/",
        html_utf8,
        _list_page(
            "政府信息公开",
            [
                ("/zwgk/xxgkndbg/index.html", "政府信息公开年报"),
                ("/bmnb/", "部门政府信息公开年报"),
                ("/col/col123/index.html", "区县政府信息公开年报"),
                ("/gkmlpt/index#77", "年报专栏（目录平台）"),
                ("/private/nb/index.html", "内部年报"),
                ("/news/", "新闻中心"),
            ],
            column=False,
        ).encode(),
    )
    # TRS column: three list pages, UTF-8.
    trs = "/zwgk/xxgkndbg/"
    pages = [
        [
            ("202201/t20220120_1.html", "济南市莱芜区人民政府2021年政府信息公开工作年度报告"),
            ("t429.html", "昌乐县人民政府办公室2021年政府信息公开工作年度报告"),
            ("t404.html", "2020年政府信息公开工作年度报告（已撤下）"),
        ],
        [
            ("lanshan.html", "临沂市兰山区人民政府2021年政府信息公开工作年度报告"),
            ("slow.html", "2019年政府信息公开工作年度报告"),
            ("huge.html", "2018年政府信息公开工作年度报告"),
        ],
        [
            ("files/luozhuang_2021.docx", "临沂市罗庄区人民政府2021年政府信息公开工作年度报告.docx"),
            (
                "/gate?to=/zwgk/xxgkndbg/cookie_hedong.html",
                "临沂市河东区人民政府2021年政府信息公开工作年度报告",
            ),
            ("/private/nb/t1.html", "2021年内部政府信息公开工作年度报告"),
        ],
    ]
    for n, items in enumerate(pages):
        script = (
            f'<script type="text/javascript">createPageHTML({len(pages)}, {n}, "index", "html");</script>'
        )
        name = "index.html" if n == 0 else f"index_{n}.html"
        p.put(trs + name, html_utf8, _list_page("政府信息公开年报", items, extra=script).encode())
    p.put(trs + "202201/t20220120_1.html", "text/html", report_html("2021_laiwu.txt", "gbk"))
    p.put(trs + "t429.html", html_utf8, report_html("2021_changle_office.txt", "utf-8"))
    p.put(
        trs + "lanshan.html",
        html_utf8,
        (
            '<html><head><meta charset="utf-8">'
            "<title>临沂市兰山区人民政府2021年政府信息公开工作年度报告</title></head>"
            "<body><h1>临沂市兰山区人民政府2021年政府信息公开工作年度报告</h1><p>详见附件。</p>"
            '<p>附件：<a href="files/lanshan_2021.pdf">兰山区2021年年报.pdf</a></p>'
            '<p>附件2：<a href="files/lanshan_2021_tables.doc">统计表.doc</a></p></body></html>'
        ).encode(),
    )
    p.put(trs + "files/lanshan_2021.pdf", "application/pdf", make_pdf("2021_lanshan.txt"))
    # A legacy Word file (an OLE compound document's signature, then filler): kept, listed as not read yet.
    p.put(trs + "files/lanshan_2021_tables.doc", "application/msword", OLE_SIGNATURE + b"\0" * 1024)
    p.put(
        trs + "files/luozhuang_2021.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        make_docx("2021_luozhuang.txt"),
    )
    p.put(trs + "slow.html", html_utf8, report_html("2021_lanshan.txt", "utf-8", ("兰山区", "沂水县")))
    p.put(
        trs + "cookie_hedong.html", html_utf8, report_html("2021_lanshan.txt", "utf-8", ("兰山区", "河东区"))
    )
    p.put("/private/nb/index.html", html_utf8, _list_page("内部年报", []).encode())
    p.put("/private/nb/t1.html", html_utf8, report_html("2021_lanshan.txt", "utf-8", ("兰山区", "临沭县")))
    # A generic column (下一页) that moved: /bmnb/ answers 301. GBK.
    gbk = "text/html; charset=GBK"
    p.put(
        "/bmnb2/index.html",
        gbk,
        _list_page(
            "部门年报",
            [("lanling.html", "临沂市兰陵县人民政府2021年政府信息公开工作年度报告")],
            charset="GBK",
            extra='<div class="page"><a href="index_2.html">下一页</a></div>',
        ).encode("gbk"),
    )
    p.put(
        "/bmnb2/index_2.html",
        gbk,
        _list_page(
            "部门年报",
            [("gangcheng.html", "济南市钢城区人民政府2021年政府信息公开工作年度报告")],
            charset="GBK",
            extra='<div class="page"><a href="index.html">上一页</a></div>',
        ).encode("gbk"),
    )
    p.put("/bmnb2/lanling.html", "text/html", report_html("2021_luozhuang.txt", "gbk", ("罗庄区", "兰陵县")))
    p.put("/bmnb2/gangcheng.html", "text/html", report_html("2021_laiwu.txt", "gbk", ("莱芜区", "钢城区")))
    # Hanweb column: one record inline, the rest from dataproxy.jsp. GBK.
    first_href, first_title = HANWEB_RECORDS[0]
    datastore = (
        '<div id="4567"><script type="text/xml"><datastore>'
        '<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=1&path=/'
        "&columnid=123"
        '&unitid=4567&webname=%E6%9F%90%E5%B8%82&permissiontype=0"></a>]]></nextgroup>'
        "<recordset><record><![CDATA["
        f'<li><a href="{first_href}" title="{first_title}">{first_title}</a></li>]]>'
        "</record></recordset></datastore></script></div>"
        "<script>$(document).ready(function(){$('#4567').jpage({dataStore:dataStore,"
        f"proxyUrl:'/module/web/jpage/dataproxy.jsp',perPage:1,totalRecord:{len(HANWEB_RECORDS)}}});}});</script>"
    )
    p.put(
        "/col/col123/index.html",
        gbk,
        _list_page("区县年报", [], charset="GBK", extra=datastore).encode("gbk"),
    )
    renames = [("兰山区", "费县"), ("兰山区", "平邑县"), ("兰山区", "沂南县")]
    for (href, _), rename in zip(HANWEB_RECORDS, renames, strict=True):
        p.put(href, "text/html", report_html("2021_lanshan.txt", "gbk", rename))
    # gkmlpt: the page is an app; the data is JSON.
    p.put(
        "/gkmlpt/index",
        html_utf8,
        (
            "<html><head><meta charset='utf-8'><title>政府信息公开目录</title></head><body>"
            "<div id='app'></div>"
            "<script>window.CONFIG = {SID: '755', ROOT: '/gkmlpt'};</script></body></html>"
        ).encode(),
    )
    p.put(
        GKMLPT_ARTICLES[0][0],
        html_utf8,
        report_html("2021_changle_office.txt", "utf-8", ("昌乐县", "寿光市")),
    )
    p.put(GKMLPT_ARTICLES[1][0], html_utf8, b"<html><body>notice</body></html>")


PROJECT = Path(__file__).resolve().parents[1]
PYTHON = PROJECT / ".venv" / "bin" / "python"


def run_crawl(seeds: list[str], state: Path, out: Path, *args: str, delay: float = 0.05,
              wait: bool = True) -> subprocess.CompletedProcess | subprocess.Popen:  # fmt: skip
    """`python -m acquire` in its own process (Twisted's reactor cannot restart in one), bounded: a page
    timeout, a size limit, no retries of timeouts and a time limit on the whole crawl."""
    command = [
        str(PYTHON) if PYTHON.exists() else sys.executable, "-m", "acquire", *seeds,
        "--state", str(state), "--out", str(out), "--delay", str(delay), "--max-minutes", "2",
        "-s", "DOWNLOAD_TIMEOUT=1.5", "-s", f"DOWNLOAD_MAXSIZE={HUGE_BYTES // 3}", "-s", "RETRY_TIMES=0",
        "-s", "NIANBAO_RETRY_AFTER_MAX=5", *args,
    ]  # fmt: skip
    if not wait:
        return subprocess.Popen(
            command, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
    return subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=180)


def ledger_rows(state: Path, sql: str, params: list | None = None) -> list[tuple]:
    import duckdb

    with duckdb.connect(str(state / "ledger.duckdb"), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()
