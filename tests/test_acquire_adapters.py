"""The CMS adapters and link rules on small pages written by hand in each family's format."""

from __future__ import annotations

from parsel import Selector

from acquire import links
from acquire.adapters import generic, gkmlpt, hanweb, trs
from acquire.store import relative_path

BASE = "http://www.example.gov.cn/zwgk/ndbg/index.html"


def test_trs_page_count_from_create_page_html() -> None:
    text = '<script>createPageHTML(4, 0, "index", "shtml");</script>'
    assert [p.url for p in trs.pages(text, BASE)] == [
        "http://www.example.gov.cn/zwgk/ndbg/index_1.shtml",
        "http://www.example.gov.cn/zwgk/ndbg/index_2.shtml",
        "http://www.example.gov.cn/zwgk/ndbg/index_3.shtml",
    ]
    assert trs.pages("<p>no paging script</p>", BASE) is None
    # A list of one page has no other pages.
    assert trs.pages("createPageHTML(1, 0, 'index', 'html')", BASE) == []


def test_hanweb_dataproxy_requests() -> None:
    text = (
        '<script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?'
        'page=1&webid=2&path=/&columnid=77&unitid=88&permissiontype=0"></a>]]></nextgroup><recordset>'
        '<record><![CDATA[<li><a href="/art/1.html">a</a></li>]]></record>'
        '<record><![CDATA[<li><a href="/art/2.html">b</a></li>]]></record></recordset></datastore></script>'
        "<script>$('#88').jpage({proxyUrl:'/module/web/jpage/dataproxy.jsp',perPage:2,totalRecord:15});</script>"
    )
    pages = hanweb.pages(text, BASE)
    # Records 3..15, six (three pages of two) per request, as jpage asks.
    assert [p.url.split("?")[1] for p in pages] == [
        "startrecord=3&endrecord=8&perpage=2",
        "startrecord=9&endrecord=14&perpage=2",
        "startrecord=15&endrecord=15&perpage=2",
    ]
    assert all(p.method == "POST" for p in pages)
    assert pages[0].form == {
        "webid": "2",
        "path": "/",
        "columnid": "77",
        "unitid": "88",
        "permissiontype": "0",
    }
    assert hanweb.records(text).count("<li>") == 2
    assert hanweb.pages("<p>plain list</p>", BASE) is None


def test_gkmlpt_api_and_pages() -> None:
    page = "http://www.example.gov.cn/gkmlpt/index"
    assert gkmlpt.is_gkmlpt(page)
    text = "<script>var CONFIG = {SID: '755031', ROOT: '/gkmlpt'}</script>"
    api = gkmlpt.api_url(page, text, "2811")
    assert api == "http://www.example.gov.cn/gkmlpt/api/all/2811?page=1&sid=755031"
    assert gkmlpt.api_url(page, text, None).endswith("/gkmlpt/api/all/0?page=1&sid=755031")
    items, total, per_page = gkmlpt.articles(
        '{"total": 45, "articles": [{"title": "t1", "url": "http://x/1.html"}, {"title": "t2", "url": ""}]}'
    )
    assert items == [("t1", "http://x/1.html")] and total == 45 and per_page == 2
    assert [p.url for p in gkmlpt.pages(api, 45, 20)] == [
        "http://www.example.gov.cn/gkmlpt/api/all/2811?page=2&sid=755031",
        "http://www.example.gov.cn/gkmlpt/api/all/2811?page=3&sid=755031",
    ]


def test_generic_next_page() -> None:
    page = Selector(text='<div><a href="index_1.html">上一页</a> <a href="index_3.html">下一页</a></div>')
    assert generic.next_page(page, BASE).url == "http://www.example.gov.cn/zwgk/ndbg/index_3.html"
    assert generic.next_page(Selector(text='<a href="javascript:void(0)">下一页</a>'), BASE) is None


def test_link_roles() -> None:
    assert links.role_of("XX区人民政府2021年政府信息公开工作年度报告", "http://a/t.html") == "report"
    assert links.role_of("2022年度政务公开工作年度报告", "http://a/t.html") == "report"
    assert links.role_of("政府信息公开年报", "http://a/col/") == "column"
    assert links.role_of("政府信息公开", "http://a/zwgk/") == "entry"
    assert links.role_of("新闻中心", "http://a/news/") is None
    assert links.role_of("2021年年报.pdf", "http://a/f/2021.pdf") == "attachment"
    assert links.role_of("招聘公告", "http://a/f/jobs.pdf") is None  # an unrelated attachment
    assert links.is_attachment("http://a/module/download/downfile.jsp?classid=0&filename=ndbg.docx")


def test_body_named_by_a_report_title() -> None:
    assert links.body_of("济南市莱芜区人民政府2021年政府信息公开工作年度报告") == "济南市莱芜区人民政府"
    assert (
        links.body_of("2021年临沂市兰山区教育和体育局政府信息公开工作年度报告") == "临沂市兰山区教育和体育局"
    )
    assert links.body_of("2021年度政府信息公开工作年度报告") is None


def test_column_page_metadata() -> None:
    assert links.is_column_page(Selector(text='<meta name="ColumnName" content="政府信息公开年报">'))
    assert not links.is_column_page(Selector(text='<meta name="ColumnName" content="通知公告">'))


def test_file_placement() -> None:
    assert (
        relative_path("http://www.a.gov.cn/art/2022/1/t1.html", None).as_posix()
        == "www.a.gov.cn/art/2022/1/t1.html"
    )
    assert (
        relative_path("http://127.0.0.1:8000/col/", "text/html").as_posix() == "127.0.0.1_8000/col/index.html"
    )
    assert (
        relative_path(
            "http://a.gov.cn/module/download/downfile.jsp?classid=0&filename=ndbg.pdf", None
        ).as_posix()
        == "a.gov.cn/module/download/ndbg.pdf"
    )
    assert relative_path("http://a.gov.cn/../../etc/passwd", None).as_posix() == "a.gov.cn/etc/passwd.bin"
