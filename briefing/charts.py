"""The briefing charts. Each function reads the marts and returns an Altair chart; nothing edits data.

Every chart names its subject in the title, puts units in the axis titles, and cites its source (the
reports and years) in the subtitle. Where an office's own report (scope `government_office` in
dim_report) sits beside whole jurisdictions, its label and the subtitle say whose office it is; titles
and captions are derived from dim_report and dim_workplan, never written for one report.
"""

from __future__ import annotations

from collections.abc import Callable

import altair as alt
import polars as pl

from briefing import theme  # noqa: F401  (registers the theme)
from briefing.data import BRIEFING_REPORTS, query, reports
from briefing.disputes import MARK, disputed_counts, footnotes, marked
from briefing.labels import get_language, jurisdiction_label, office_area, office_body, place_name, t


def _with_labels(frame: pl.DataFrame) -> pl.DataFrame:
    """Join report attributes and add the display label of each report's jurisdiction."""
    meta = reports()
    columns = ["report_id", "name_zh", "name_pinyin", "report_year", "scope", "reporting_body_zh", "level"]
    joined = frame.join(meta.select(columns), on="report_id", how="inner", suffix="_r")  # the briefing's
    labels = [
        jurisdiction_label(r["name_zh"], r["name_pinyin"], r["scope"], r["reporting_body_zh"], r["level"])
        for r in joined.select(columns[1:]).iter_rows(named=True)
    ]
    # In one order whatever the order of the mart's rows (an incremental build appends them, a full build
    # writes them anew): the same data gives the same spec, which is then not drawn again (briefing.export).
    joined = joined.with_columns(pl.Series("jurisdiction", labels))
    joined = joined.sort(joined.columns, nulls_last=True, maintain_order=True)
    # A jurisdiction with reports for several years gets one bar per report: name the year.
    years = joined.group_by("jurisdiction").agg(pl.col("report_year").n_unique().alias("n_years"))
    return (
        joined.join(years, on="jurisdiction", how="left")
        .with_columns(
            pl.when(pl.col("n_years") > 1)
            .then(pl.format("{} {}", pl.col("jurisdiction"), pl.col("report_year")))
            .otherwise(pl.col("jurisdiction"))
            .alias("report_label")
        )
        .drop("n_years")
    )


def _subtitle(frame: pl.DataFrame, section: str) -> list[str]:
    years = sorted({int(y) for y in frame["report_year"].drop_nulls()}) if "report_year" in frame else []
    names = sorted(set(frame["jurisdiction"])) if "jurisdiction" in frame else []
    sep = "、" if get_language() == "zh" else ", "
    lines = [
        t("source").format(
            bodies=sep.join(n.split("（")[0].split(" (")[0] for n in names),
            years=sep.join(str(y) for y in years),
            section=t("sections")[section],
        )
    ]
    if "jurisdiction" in frame:
        lines.extend(_office_notes(frame))
    return lines


def _office_notes(frame: pl.DataFrame) -> list[str]:
    """One note per kind of office report the chart shows: whose office it is and what it leaves out."""
    shown = set(frame["jurisdiction"])
    notes: dict[tuple[str, str], list[str]] = {}
    for r in reports().filter(pl.col("scope") == "government_office").iter_rows(named=True):
        label = jurisdiction_label(
            r["name_zh"], r["name_pinyin"], r["scope"], r["reporting_body_zh"], r["level"]
        )
        if label not in shown:
            continue
        key = (
            office_body(r["name_zh"], r["reporting_body_zh"], r["level"]),
            office_area(r["name_zh"], r["level"]),
        )
        name = place_name(r["name_zh"], r["name_pinyin"]).split(" ")[0]
        if name not in notes.setdefault(key, []):
            notes[key].append(name)
    sep = "、" if get_language() == "zh" else ", "
    return [
        t("office_note").format(names=sep.join(names), body=body, area=area)
        for (body, area), names in notes.items()
    ]


def _title(key: str, frame: pl.DataFrame, section: str) -> alt.TitleParams:
    return alt.TitleParams(text=t(key), subtitle=_subtitle(frame, section))


def _outcome_labels() -> dict[str, str]:
    column = "label_en" if get_language() == "en" else "label_zh"
    return dict(query(f"select outcome_code, {column} from marts.dim_outcome").iter_rows())


def outcome_mix_data() -> pl.DataFrame:
    rates = query(f"select * from marts.fct_disclosure_rates where report_id in ({BRIEFING_REPORTS})")
    groups = ["granted", "partially_granted", "denied", "unable_to_provide", "not_processed", "other"]
    long = rates.unpivot(
        index=["report_id", "handled_total"], on=[f"{g}_share" for g in groups],
        variable_name="outcome_group", value_name="share",
    ).with_columns(pl.col("outcome_group").str.replace("_share$", ""))  # fmt: skip
    return _with_labels(long)


def outcome_mix() -> alt.Chart:
    data = outcome_mix_data()
    order = ["granted", "partially_granted", "denied", "unable_to_provide", "not_processed", "other"]
    zh = {
        "granted": "予以公开",
        "partially_granted": "部分公开",
        "denied": "不予公开",
        "unable_to_provide": "无法提供",
        "not_processed": "不予处理",
        "other": "其他处理",
    }
    en = {
        "granted": "Granted",
        "partially_granted": "Partially granted",
        "denied": "Denied",
        "unable_to_provide": "Unable to provide",
        "not_processed": "Not processed",
        "other": "Other",
    }
    names = en if get_language() == "en" else zh
    # A share is disputed when the text states another count of its group, or of the applications handled.
    disputes = disputed_counts()
    marks = marked(disputes, _outcome_groups_of)
    labels = dict(zip(data["report_id"], data["report_label"], strict=True))
    data = data.with_columns(
        pl.col("outcome_group").replace_strict(names).alias("outcome"),
        pl.col("outcome_group").replace_strict({g: i for i, g in enumerate(order)}).alias("order"),
        pl.Series("disputed", [(r, g) in marks for r, g in zip(data["report_id"], data["outcome_group"],
                                                               strict=True)], dtype=pl.Boolean),
    )  # fmt: skip
    disputed_reports = {r for r, _ in marks}
    data = data.with_columns(
        pl.when(pl.col("report_id").is_in(list(disputed_reports)))
        .then(pl.col("report_label") + MARK)
        .otherwise(pl.col("report_label"))
        .alias("report_label"),
        pl.format("{}%", (pl.col("share") * 100).round(1))
        .pipe(lambda e: pl.when(pl.col("disputed")).then(e + MARK).otherwise(e))
        .alias("share_text"),
    )
    title = _title("title_outcome_mix", data, "3")
    title.subtitle = [*title.subtitle, *footnotes(disputes, labels, _outcome_groups_of)]
    return (
        alt.Chart(data, title=title)
        .mark_bar()
        .encode(
            y=alt.Y("report_label:N", title=None, sort="ascending"),
            x=alt.X("share:Q", title=t("share"), axis=alt.Axis(format="%"), stack="normalize"),
            color=alt.Color("outcome:N", title=t("outcome"), sort=[names[g] for g in order]),
            order=alt.Order("order:Q"),
            tooltip=["report_label:N", "outcome:N", "share_text:N", "handled_total:Q"],
        )
        .properties(width=560, height=34 * data["report_label"].n_unique())
    )


_GROUPS = ("granted", "partially_granted", "denied", "unable_to_provide", "not_processed", "other")


def _outcome_groups_of(metric: str) -> tuple[str, ...]:
    """The outcome groups of the outcome-mix chart whose share a disputed count of `metric` changes."""
    if metric == "applications_handled":  # the shares' denominator
        return _GROUPS
    if metric.startswith("other_handling"):
        return ("other",)
    if metric in ("granted", "partially_granted"):
        return (metric,)
    return next(((g,) for g in ("denied", "unable_to_provide", "not_processed") if metric.startswith(g)), ())


def reasons_data() -> pl.DataFrame:
    facts = query(
        "select f.report_id, f.outcome_code, f.outcome_group, f.applications, o.outcome_position "
        "from marts.fct_applications_by_outcome f join marts.dim_outcome o using (outcome_code) "
        "where f.applicant_type = 'total' and f.outcome_group in ('denied', 'unable_to_provide') "
        f"and f.outcome_code not like '%_total' and f.report_id in ({BRIEFING_REPORTS})"
    )
    labels = _outcome_labels()
    prefix = {"denied": "不予公开 · " if get_language() == "zh" else "Denied · ",
              "unable_to_provide": "无法提供 · " if get_language() == "zh" else "Unable · "}  # fmt: skip
    facts = facts.with_columns(
        pl.struct("outcome_group", "outcome_code")
        .map_elements(lambda s: prefix[s["outcome_group"]] + labels[s["outcome_code"]].split(": ")[-1],
                      return_dtype=pl.String)
        .alias("reason")
    )  # fmt: skip
    return _with_labels(facts)


def reasons() -> alt.LayerChart:
    data = reasons_data()
    order = data.sort("outcome_position")["reason"].unique(maintain_order=True).to_list()
    disputes = disputed_counts()
    codes = set(data["outcome_code"])
    marks = marked(disputes, lambda m: (m,) if m in codes else ())
    pairs = zip(data["report_id"], data["outcome_code"], strict=True)
    data = data.with_columns(pl.Series("disputed", [p in marks for p in pairs], dtype=pl.Boolean))
    data = data.with_columns(
        pl.col("applications").cast(pl.String)
        .pipe(lambda e: pl.when(pl.col("disputed")).then(e + MARK).otherwise(e))
        .alias("applications_text")
    )  # fmt: skip
    title = _title("title_reasons", data, "3")
    labels = dict(zip(data["report_id"], data["report_label"], strict=True))
    title.subtitle = [*title.subtitle, *footnotes(disputes, labels, lambda m: (m,) if m in codes else ())]
    base = alt.Chart(data, title=title).encode(
        x=alt.X("report_label:N", title=t("jurisdiction"), axis=alt.Axis(labelAngle=-30)),
        y=alt.Y("reason:N", title=t("reason"), sort=order),
    )
    heat = base.mark_rect().encode(
        color=alt.Color("applications:Q", title=t("applications"), scale=alt.Scale(scheme="blues")),
        tooltip=["report_label:N", "reason:N", "applications:Q"],
    )
    text = base.mark_text(fontSize=12).encode(
        text=alt.Text("applications_text:N"),
        color=alt.condition("datum.applications > 40", alt.value("white"), alt.value("#222")),
    )
    return (heat + text).properties(width=110 * data["report_label"].n_unique(), height=28 * len(order))


def review_litigation_data() -> pl.DataFrame:
    return _with_labels(
        query(f"select * from marts.fct_review_litigation where report_id in ({BRIEFING_REPORTS})")
    )


def review_counts() -> alt.Chart:
    data = review_litigation_data().filter(pl.col("proceeding").is_in(["review", "litigation_all"]))
    long = data.unpivot(
        index=["report_id", "jurisdiction", "report_label", "proceeding", "report_year", "scope"],
        on=["upheld", "corrected", "other", "pending"], variable_name="result", value_name="cases",
    )  # fmt: skip
    order = ["upheld", "corrected", "other", "pending"]
    long = long.with_columns(
        pl.col("result").replace_strict({r: t(r) for r in order}).alias("result_label"),
        pl.col("proceeding").replace_strict({p: t(p) for p in ["review", "litigation_all"]}).alias("proc"),
        pl.col("result").replace_strict({r: i for i, r in enumerate(order)}).alias("order"),
    )
    # The bars of a proceeding the report's text disputes are marked (its label, in its own panel).
    disputes = disputed_counts()
    marks = marked(disputes, _proceeding_of)
    pairs = zip(long["report_id"], long["proceeding"], strict=True)
    long = long.with_columns(pl.Series("disputed", [p in marks for p in pairs], dtype=pl.Boolean))
    long = long.with_columns(
        pl.when(pl.col("disputed")).then(pl.col("report_label") + MARK).otherwise(pl.col("report_label"))
        .alias("report_label")
    )  # fmt: skip
    title = _title("title_review_counts", long, "4")
    title.subtitle = [*title.subtitle, *_parts_against_total(data)]
    labels = dict(zip(data["report_id"], data["report_label"], strict=True))
    title.subtitle = [*title.subtitle, *footnotes(disputes, labels, _proceeding_of)]
    return (
        alt.Chart(long, title=title)
        .mark_bar()
        .encode(
            x=alt.X("cases:Q", title=t("cases")),
            y=alt.Y("report_label:N", title=None),
            color=alt.Color("result_label:N", title=t("outcome_of_case"), sort=[t(r) for r in order]),
            order=alt.Order("order:Q"),
            row=alt.Row("proc:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left")),
            tooltip=["jurisdiction:N", "proc:N", "result_label:N", "cases:Q"],
        )
        .properties(width=480, height=30 * long["report_label"].n_unique())
        .resolve_scale(y="independent")
    )


def _parts_against_total(data: pl.DataFrame) -> list[str]:
    """A caption line per proceeding whose printed total is not the sum of the parts the chart draws
    (洪泽区 2023: review parts 10 + 1 under a printed total of 0): the bars are the parts, as printed."""
    parts = pl.col("upheld") + pl.col("corrected") + pl.col("other") + pl.col("pending")
    off = data.with_columns(parts.alias("parts")).filter(pl.col("parts") != pl.col("total"))
    return [
        t("parts_against_total").format(name=r["report_label"], proceeding=t(r["proceeding"]),
                                        parts=r["parts"], total=r["total"])
        for r in off.sort("report_label", "proceeding").iter_rows(named=True)
    ]  # fmt: skip


def _proceeding_of(metric: str) -> tuple[str, ...]:
    """The proceeding of the review and litigation charts a metric's count is part of (any lawsuit's
    count is part of litigation_all)."""
    if metric.startswith("review"):
        return ("review",)
    return ("litigation_all",) if metric.startswith("litigation") else ()


def correction_rate() -> alt.LayerChart:
    data = review_litigation_data().filter(pl.col("proceeding").is_in(["review", "litigation_all"]))
    data = data.with_columns(
        pl.col("proceeding").replace_strict({p: t(p) for p in ["review", "litigation_all"]}).alias("proc"),
        pl.format("{}/{}", pl.col("corrected"), pl.col("concluded")).alias("fraction"),
    )
    missing = data.filter(pl.col("correction_rate").is_null())
    # What the report prints: no case at all, or a 总计 of 0 printed over non-zero parts (洪泽区 2023).
    parts = pl.col("upheld") + pl.col("corrected") + pl.col("other") + pl.col("pending")
    misprinted = sorted(set(missing.filter(parts.fill_null(0) > 0)["report_label"]))
    excluded = sorted(set(missing["report_label"]) - set(misprinted))
    disputes = disputed_counts()
    marks = marked(disputes, _proceeding_of)
    # Only the bar of the proceeding the text disputes carries the mark.
    pairs = zip(data["report_id"], data["proceeding"], strict=True)
    data = (
        data.with_columns(pl.Series("disputed", [pair in marks for pair in pairs]))
        .filter(pl.col("correction_rate").is_not_null())
        .with_columns(
            pl.when(pl.col("disputed"))
            .then(pl.col("fraction") + MARK)
            .otherwise(pl.col("fraction"))
            .alias("fraction")
        )
    )
    title = _title("title_correction_rate", data, "4")
    sep = "、" if get_language() == "zh" else ", "
    if excluded:
        title.subtitle = [*title.subtitle, t("no_concluded").format(names=sep.join(excluded))]
    if misprinted:
        title.subtitle = [*title.subtitle, t("total_misprinted").format(names=sep.join(misprinted))]
    labels = dict(zip(data["report_id"], data["report_label"], strict=True))
    title.subtitle = [*title.subtitle, *footnotes(disputes, labels, _proceeding_of)]
    base = alt.Chart(data, title=title).encode(
        x=alt.X("correction_rate:Q", title=t("correction_rate"), axis=alt.Axis(format="%"),
                scale=alt.Scale(domain=[0, 1])),
        y=alt.Y("report_label:N", title=None),
        yOffset="proc:N",
    )  # fmt: skip
    bars = base.mark_bar().encode(
        color=alt.Color("proc:N", title=t("proceeding")),
        tooltip=["jurisdiction:N", "proc:N", alt.Tooltip("correction_rate:Q", format=".1%"), "fraction:N"],
    )
    text = base.mark_text(align="left", dx=4, fontSize=11).encode(text="fraction:N")
    return (bars + text).properties(width=480, height=60 * data["report_label"].n_unique())


def licensing_data() -> pl.DataFrame:
    data = query(f"select * from marts.fct_licensing_volumes where report_id in ({BRIEFING_REPORTS})")
    long = data.unpivot(
        index=["report_id"], on=["licensing_decisions", "penalty_decisions", "coercion_decisions"],
        variable_name="measure", value_name="decisions",
    )  # fmt: skip
    return _with_labels(long)


def licensing() -> alt.LayerChart:
    data = licensing_data()
    measures = ["licensing_decisions", "penalty_decisions", "coercion_decisions"]
    data = data.with_columns(
        pl.col("measure").replace_strict({m: t(m) for m in measures}).alias("measure_label"),
        pl.col("decisions").map_elements(lambda v: f"{v:,}", return_dtype=pl.String).alias("decisions_text"),
    )
    base = alt.Chart(data, title=_title("title_licensing", data, "2")).encode(
        x=alt.X("decisions:Q", title=t("decisions"),
                scale=alt.Scale(type="symlog", constant=1, domain=[0, 1_000_000]),
                axis=alt.Axis(values=[0, 1, 10, 100, 1000, 10_000, 100_000, 1_000_000],
                              labelExpr="format(datum.value, ',')")),
        y=alt.Y("report_label:N", title=None),
        yOffset=alt.YOffset("measure_label:N", sort=[t(m) for m in measures]),
    )  # fmt: skip
    bars = base.mark_bar().encode(
        color=alt.Color("measure_label:N", title=t("measure"), sort=[t(m) for m in measures]),
        tooltip=["jurisdiction:N", "measure_label:N", alt.Tooltip("decisions:Q", format=",")],
    )
    text = base.mark_text(align="left", dx=4, fontSize=10).encode(text="decisions_text:N")
    return (bars + text).properties(width=520, height=66 * data["report_label"].n_unique())


def data_quality_data() -> pl.DataFrame:
    data = query(
        "select report_id, suite, count(*) filter (where passed = false and severity != 'info') as failed, "
        "count(*) filter (where passed is null) as not_evaluable, count(*) as checks "
        f"from marts.dq_findings where report_id in ({BRIEFING_REPORTS}) group by report_id, suite"
    )
    return _with_labels(data).with_columns(
        (pl.col("jurisdiction") + " " + pl.col("report_year").cast(pl.String)).alias("report")
    )


DQ_MOST = 40  # a heat map of more reports is unreadable on a page: the reports with the most findings


def data_quality() -> alt.LayerChart:
    data = data_quality_data()
    total = data["report_id"].n_unique()
    if total > DQ_MOST:
        worst = (
            data.group_by("report_id", "report")
            .agg(pl.col("failed").sum())
            .sort(["failed", "report", "report_id"], descending=[True, False, False])
            .head(DQ_MOST)["report_id"]
        )
        data = data.filter(pl.col("report_id").is_in(worst.implode()))
    suites = ["structure", "completeness", "identities", "plausibility", "narrative", "across_reports"]
    present = [s for s in suites if s in set(data["suite"])]
    data = data.with_columns(pl.col("suite").replace_strict({s: t(s) for s in suites}).alias("suite_label"))
    title = _title("title_dq", data, "3")
    if total > DQ_MOST:
        title.subtitle = [*title.subtitle, t("dq_most").format(shown=DQ_MOST, total=total)]
    base = alt.Chart(data, title=title).encode(
        x=alt.X("suite_label:N", title=t("suite"), sort=[t(s) for s in present], axis=alt.Axis(labelAngle=0)),
        y=alt.Y("report:N", title=t("report")),
    )
    heat = base.mark_rect(stroke="white").encode(
        color=alt.Color("failed:Q", title=t("findings"), scale=alt.Scale(scheme="orangered", domainMin=0)),
        tooltip=["report:N", "suite_label:N", "failed:Q", "not_evaluable:Q", "checks:Q"],
    )
    text = base.mark_text(fontSize=12).encode(text="failed:Q")
    return (heat + text).properties(width=110 * len(present), height=32 * data["report"].n_unique())


def received_yoy_data() -> pl.DataFrame:
    """Applications received this year and the year before, one row per jurisdiction × year."""
    yoy = query(
        "select y.report_id, y.year, cast(y.value as double) as value, y.prior_value, y.prior_value_min, "
        "y.prior_value_max, y.prior_source, y.metric from marts.fct_yoy y "
        f"where y.metric = 'applications_received' and y.report_id in ({BRIEFING_REPORTS})"
    )
    yoy = _with_labels(yoy)
    # A report's own value its text disputes is marked (received_yoy's caption says what each says).
    disputed = {r for r, _ in marked(disputed_counts(), _received_of)}
    current = yoy.select(
        "report_id", "jurisdiction", "scope", "report_year", pl.col("year"), pl.col("value"),
        pl.lit(None, dtype=pl.Float64).alias("low"), pl.lit(None, dtype=pl.Float64).alias("high"),
        pl.lit("report").alias("source"), pl.col("report_id").is_in(list(disputed)).alias("disputed"),
    )  # fmt: skip
    prior = yoy.filter(pl.col("prior_value").is_not_null()).select(
        "report_id", "jurisdiction", "scope", "report_year", (pl.col("year") - 1).alias("year"),
        pl.col("prior_value").alias("value"), pl.col("prior_value_min").alias("low"),
        pl.col("prior_value_max").alias("high"), pl.col("prior_source").alias("source"),
        pl.lit(False).alias("disputed"),
    )  # fmt: skip
    # A prior year that has its own report is already a current row: keep that one.
    prior = prior.join(current.select("jurisdiction", "year"), on=["jurisdiction", "year"], how="anti")
    frame = pl.concat([current, prior])
    return frame.with_columns(
        pl.col("source").replace_strict({"report": t("from_report"), "narrative": t("from_narrative")})
        .alias("source_label"),
        pl.when((pl.col("source") == "narrative") & (pl.col("low") != pl.col("high")))
        .then(pl.format("≈{}", pl.col("value").round(0).cast(pl.Int64)))
        .otherwise(pl.col("value").round(0).cast(pl.Int64).cast(pl.String))
        .alias("value_text"),
        pl.col("year").cast(pl.String).alias("year_label"),
    ).with_columns(
        pl.when(pl.col("disputed")).then(pl.col("value_text") + MARK).otherwise(pl.col("value_text"))
        .alias("value_text")
    )  # fmt: skip


def _received_of(metric: str) -> tuple[str, ...]:
    return (metric,) if metric == "applications_received" else ()


def received_yoy() -> alt.FacetChart:
    data = received_yoy_data()
    base = alt.Chart().encode(
        x=alt.X("year_label:N", title=t("year"), axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=t("applications")),
    )
    bars = base.mark_bar(size=34).encode(
        color=alt.Color("source_label:N", title=t("source_kind"),
                        scale=alt.Scale(domain=[t("from_report"), t("from_narrative")],
                                        range=["#1b6ca8", "#b9d3e6"])),
        stroke=alt.condition("datum.source == 'narrative'", alt.value("#1b6ca8"), alt.value(None)),
        strokeDash=alt.condition("datum.source == 'narrative'", alt.value([4, 3]), alt.value([0])),
        tooltip=["jurisdiction:N", "year_label:N", "value_text:N", "source_label:N"],
    )  # fmt: skip
    text = base.mark_text(dy=-8, fontSize=11).encode(text="value_text:N")
    return (
        alt.layer(bars, text, data=data)
        .properties(width=110, height=220)
        .facet(column=alt.Column("jurisdiction:N", title=None, header=alt.Header(labelFontSize=12)))
        .resolve_scale(x="independent", y="independent")
        .properties(title=_received_title(data))
    )


def _received_title(data: pl.DataFrame) -> alt.TitleParams:
    title = _with_note(_title("title_received", data, "3"), t("independent_scales"))
    current = data.filter(pl.col("source") == "report")
    labels = {
        r["report_id"]: f"{r['jurisdiction']} {r['report_year']}" for r in current.iter_rows(named=True)
    }
    title.subtitle = [*title.subtitle, *footnotes(disputed_counts(), labels, _received_of)]
    return title


def _with_note(title: alt.TitleParams, note: str) -> alt.TitleParams:
    title.subtitle = [*title.subtitle, note]
    return title


def _workplan_units() -> pl.DataFrame:
    return query(
        "select b.unit_zh, b.role, t.task_no, t.deadline_date, t.deadline_kind, t.plan_year "
        "from marts.bridge_workplan_task_units b join marts.fct_workplan_tasks t using (plan_id, task_no)"
    )


def _workplan_title(key: str) -> str:
    """The chart title names the plan as dim_workplan has it (or how many plans the chart counts)."""
    plans = query(
        "select w.plan_title_zh, w.plan_year, j.name_zh, j.name_pinyin from marts.dim_workplan w "
        "left join marts.dim_jurisdiction j using (division_code) order by w.plan_year, w.plan_title_zh"
    )
    if plans.height != 1:
        return t(key).format(plan=t("plans").format(n=plans.height))
    plan = plans.row(0, named=True)
    if get_language() == "zh":
        name = plan["plan_title_zh"]
    else:
        place = place_name(plan["name_zh"], plan["name_pinyin"]).split(" ")[0]
        name = t("plan").format(place=place, year=plan["plan_year"])
    return t(key).format(plan=name)


def _workplan_caption() -> list[str]:
    plans = query("select issuer_zh, doc_number, issued_on from marts.dim_workplan")
    items = [
        f"{r['issuer_zh']}《{r['doc_number']}》（{r['issued_on']}）" for r in plans.iter_rows(named=True)
    ]
    lead = "来源：" if get_language() == "zh" else "Source: "
    return [lead + "；".join(items) + ("，重点工作任务分解表" if get_language() == "zh" else ", task table")]


def workplan_units() -> alt.Chart:
    data = _workplan_units().with_columns(
        pl.col("role")
        .replace_strict({r: t(r) for r in ["lead", "support", "responsible"]})
        .alias("role_label")
    )
    order = (
        data.group_by("unit_zh").agg(pl.len().alias("n")).sort(["n", "unit_zh"], descending=[True, False])
    )["unit_zh"].to_list()
    return (
        alt.Chart(
            data, title=alt.TitleParams(_workplan_title("title_workplan_units"), subtitle=_workplan_caption())
        )
        .mark_bar()
        .encode(
            y=alt.Y("unit_zh:N", title=t("unit"), sort=order),
            x=alt.X("count():Q", title=t("tasks")),
            color=alt.Color("role_label:N", title=t("role")),
            tooltip=["unit_zh:N", "role_label:N", "count():Q"],
        )
        .properties(width=420, height=18 * len(order))
    )


def workplan_months() -> alt.Chart:
    tasks = query("select task_no, deadline_date, deadline_kind from marts.fct_workplan_tasks")
    kinds = ["date", "year_round", "ongoing", "relative"]
    # A year-round task (全年) is due all year, not in December: it has a column of its own.
    data = tasks.with_columns(
        pl.when(pl.col("deadline_kind") == "year_round")
        .then(pl.lit(t("kind_year_round")))
        .otherwise(pl.col("deadline_date").dt.strftime("%Y-%m"))
        .alias("month"),
        pl.col("deadline_kind").replace_strict({k: t(f"kind_{k}") for k in kinds}).alias("kind"),
    )
    months = sorted(m for m in data["month"].drop_nulls().unique() if m != t("kind_year_round"))
    return (
        alt.Chart(
            data,
            title=alt.TitleParams(_workplan_title("title_workplan_months"), subtitle=_workplan_caption()),
        )
        .mark_bar()
        .encode(
            x=alt.X(
                "month:O",
                title=t("deadline_month"),
                axis=alt.Axis(labelAngle=0),
                sort=[*months, t("kind_year_round")],
            ),
            y=alt.Y("count():Q", title=t("tasks")),
            color=alt.Color("kind:N", title=t("deadline_kind"), sort=[t(f"kind_{k}") for k in kinds]),
            tooltip=["month:O", "kind:N", "count():Q"],
        )
        .properties(width=420, height=240)
    )


CHARTS: dict[str, Callable[[], alt.TopLevelMixin]] = {
    "applications_received_yoy": received_yoy,
    "outcome_mix": outcome_mix,
    "reasons_denied_unable": reasons,
    "review_litigation_counts": review_counts,
    "correction_rates": correction_rate,
    "licensing_penalty_coercion": licensing,
    "data_quality": data_quality,
    "workplan_units": workplan_units,
    "workplan_deadline_months": workplan_months,
}
