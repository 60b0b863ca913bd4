"""The narrative-metric vocabulary, loaded from `narrative_metrics.yaml` (the one place it is written down).

A metric is what a figure in a report's prose is about. Keeping the vocabulary as data lets dbt compute
the table value of every metric (the sum of its template cells) without a second copy of the mapping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, cached_property
from pathlib import Path

import yaml

from ingest.parsing.narrative.scan import alternation
from ingest.parsing.template import load_template

DEFAULT_VOCABULARY = Path(__file__).resolve().parent / "narrative_metrics.yaml"
FAMILIES = {"applications", "proceedings", "free"}
# Section 三 row groups that are not outcomes of handling (what was received, handled in all, carried on).
_NOT_OUTCOMES = {"received", "total", "carried_forward"}


@dataclass(frozen=True)
class Metric:
    code: str
    label_zh: str
    label_en: str
    family: str
    cells: tuple[tuple[str, str, str], ...] = ()
    cues: tuple[re.Pattern[str], ...] = ()
    units: tuple[str, ...] = ("件", "起")
    anchor: bool = False
    base_cues: tuple[str, ...] = ()
    proceeding: str | None = None
    outcome: str | None = None
    # An outcome of handling applications (予以公开, 不予公开, …): a share of it is one of the applications
    # answered (or another anchor named before it).
    is_outcome: bool = False
    # Other metrics the same words may mean (收到 N 件: new, or new + carried over), unless the cue's own
    # words settle it (exact_cues: 新收).
    readings: tuple[str, ...] = ()
    exact_cues: re.Pattern[str] | None = None
    # A sum of categories the text names together (予以公开及部分公开).
    combined: bool = False


@dataclass(frozen=True)
class Rate:
    """A rate the text prints (办结率100%) that is a share of the tables: `metric` per `base`."""

    cue: re.Pattern[str]
    metric: str
    base: str


@dataclass(frozen=True)
class ZeroCue:
    """Words that claim a metric is zero without printing a number (未收到政府信息公开申请)."""

    metric: str
    cue: re.Pattern[str]
    alongside: bool = False  # read over the whole sentence, beside other zeros (not only in what they left)
    needs: re.Pattern[str] | None = None  # a word the cue holds, looked for first (most sentences lack it)


@dataclass(frozen=True)
class AllHandled:
    """Words that claim everything counted just before was handled (均已办结), and what that means in the
    tables: no application carried forward, no case pending."""

    cue: re.Pattern[str]
    applications: str  # the metric that is then zero (applications_carried_forward)
    of_applications: tuple[str, ...]  # counts it can be said of
    proceedings: str  # the outcome that is then zero, per proceeding (pending)
    # Words that pass the applications on rather than handle them (全部及时分发到责任科室予以办理: rule 22)
    passed_on: re.Pattern[str] | None = None
    # The clause right after a count that says it was concluded with no 均/已 (…1件，并…依法依规办结): its
    # group 1 is the words.
    next_clause: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Vocabulary:
    version: str
    metrics: dict[str, Metric]
    # (code, pattern) in the order they are tried; the first alternative matching at a position wins.
    proceedings: tuple[tuple[str, str], ...]
    outcomes: tuple[tuple[str, str], ...]
    # A clause holding one of these is about something else (政府信箱, 12345热线, 访问量, 规范性文件).
    not_about_applications: re.Pattern[str] | None = None
    zero_cues: tuple[ZeroCue, ...] = ()
    # Words every implicit claim's cue holds one of: a quick test before the cues (issue 29's speed).
    implicit_words: re.Pattern[str] | None = None
    rates: tuple[Rate, ...] = ()
    all_handled: AllHandled | None = None
    # "No such case" with no subject of its own (本年度无此类情况), said right after a heading or sentence
    # that names the proceedings and states no figure: the zero of the proceedings named there.
    such_cases: re.Pattern[str] | None = None
    # A point headed by the requests' noun alone whose whole text is 无 (rule 26): (heading words, the words
    # of its text, the metric then zero).
    requests_point: tuple[str, str, str] | None = None
    # The subject named after the count (另有2件结转下年度): the linking words, the metrics read so.
    after_count_link: re.Pattern[str] | None = None
    after_count_metrics: frozenset[str] = frozenset()
    # A proceeding's outcome in the clause after its count (行政复议1件，结果维持): the words before it.
    proceeding_outcome_link: re.Pattern[str] | None = None
    # The predicate after a count that says it was handled (其中3件完成办结; 224件申请已按规定…予以答复).
    handled_after_count: re.Pattern[str] | None = None
    # Parts of the applications that are no row of the tables, named in a count's own words: channels and
    # applicant types (a part when the sentence counted the applications before it, or after 其中), and
    # rows of no template (已主动公开, withdrawals: never a figure).
    part_words: re.Pattern[str] | None = None
    no_row_words: re.Pattern[str] | None = None
    # The kinds of part that are each one enumeration (channels, applicant types), as alternations: one member
    # counted with another member's count after it is a part, no figure (rules 10 and 11).
    part_enumerations: tuple[str, ...] = ()
    # 各 N 件 after categories named together (行政复议、行政诉讼各1件): the members each count N.
    each: dict[str, tuple[str, ...]] | None = None
    # Units a request is counted in only right after the words naming the applications' count or before
    # the noun 申请 (申请公开数3个，; 接到2项政府信息公开申请): read there as 件.
    request_units: tuple[str, ...] = ()
    # Traditional characters read as simplified (str.translate table; one character for one).
    characters: dict[int, int] | None = None

    def by_proceeding(self, proceeding: str, outcome: str) -> Metric:
        found = self._by_proceeding.get((proceeding, outcome))
        if found is None:  # (none: the search's error)
            return next(
                m for m in self.metrics.values() if (m.proceeding, m.outcome) == (proceeding, outcome)
            )
        return found

    @cached_property
    def count_units(self) -> frozenset[str]:
        """Every unit a metric's count is printed in (件, 起 and the lexicon's synonyms)."""
        return frozenset(unit for metric in self.metrics.values() for unit in metric.units)

    @cached_property
    def count_units_pattern(self) -> str:
        """`count_units` as one regex alternation, the longest first: made once for the figure tests of the
        claims (each report's extractor) and of the unread sentences."""
        return "|".join(re.escape(u) for u in sorted(self.count_units, key=len, reverse=True))

    @cached_property
    def free_metrics(self) -> frozenset[str]:
        """The codes of the metrics the template has no cell for (a hotline's cases, items published): a
        claim of one reads no request figure (the unread sentences, the survey's measure)."""
        return frozenset(m.code for m in self.metrics.values() if m.family == "free")

    @cached_property
    def _by_proceeding(self) -> dict[tuple[str | None, str | None], Metric]:
        """Its metrics by (proceeding, outcome), the first of each as a search in order finds it: looked up
        for every proceeding's figure (a search of every metric before). Made once per vocabulary, kept on
        it (a frozen dataclass still has the instance dictionary cached_property writes to)."""
        table: dict[tuple[str | None, str | None], Metric] = {}
        for m in self.metrics.values():
            table.setdefault((m.proceeding, m.outcome), m)
        return table


class VocabularyError(ValueError):
    """The vocabulary file contradicts itself or the template; the message names the entry."""


def _cell(text: str, code: str) -> tuple[str, str, str]:
    parts = str(text).split("/")
    if len(parts) != 3:
        raise VocabularyError(f"metric {code}: cell {text!r} is not section/row_code/col_code")
    return parts[0], parts[1], parts[2]


def _check(vocabulary: Vocabulary) -> None:
    """Every cell must exist in the national template; every proceeding × outcome pair must be a metric."""
    template = load_template()
    known = {(s.section, r.code, c.code) for s in template.sections.values() for r, c in s.cells()}
    for metric in vocabulary.metrics.values():
        if metric.family not in FAMILIES:
            raise VocabularyError(f"metric {metric.code}: unknown family {metric.family!r}")
        for cell in metric.cells:
            if cell not in known:
                raise VocabularyError(f"metric {metric.code}: cell {'/'.join(cell)} is not in the template")
        if (metric.family == "free") == bool(metric.cells):
            raise VocabularyError(f"metric {metric.code}: free metrics have no cells, the others must")
        for other in metric.readings:
            if other not in vocabulary.metrics:
                raise VocabularyError(f"metric {metric.code}: reading {other} is not a metric")
    named = [z.metric for z in vocabulary.zero_cues]
    named += [code for r in vocabulary.rates for code in (r.metric, r.base)]
    if vocabulary.all_handled is not None:
        named += [vocabulary.all_handled.applications, *vocabulary.all_handled.of_applications]
    named += sorted(vocabulary.after_count_metrics)
    named += [vocabulary.requests_point[2]] if vocabulary.requests_point else []
    named += [code for combined, members in (vocabulary.each or {}).items() for code in (combined, *members)]
    for code in named:
        if code not in vocabulary.metrics:
            raise VocabularyError(f"implicit claims name {code}, which is not a metric")
    pairs = {(m.proceeding, m.outcome) for m in vocabulary.metrics.values() if m.family == "proceedings"}
    for proceeding, _ in vocabulary.proceedings:
        for outcome in ["total", *(code for code, _ in vocabulary.outcomes)]:
            if (proceeding, outcome) not in pairs:
                raise VocabularyError(f"no metric for proceeding {proceeding} and outcome {outcome}")


def _alternatives(patterns) -> re.Pattern[str] | None:
    """One pattern matching any of `patterns`; None for none. (Led by the characters they can start with
    where the regex engine finds none itself: not_about_applications, searched in every clause read, is
    searched three times faster so.)"""
    patterns = tuple(patterns)
    return alternation(patterns) if patterns else None


@cache
def _spec(path: Path) -> dict:
    """The vocabulary file as parsed (once: PyYAML costs more than the rest of loading it)."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def verb_classes(path: Path = DEFAULT_VOCABULARY) -> dict[str, str]:
    """The vocabulary's verb classes (`verbs:`), each as one regex alternation `(?:收到|受理|…)`: a new verb
    of a known class, added once to its list, is read wherever a pattern names the class."""
    return _classes(_spec(path))


def _classes(spec: dict) -> dict[str, str]:
    return {
        name: "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
        for name, words in (spec.get("verbs") or {}).items()
    }


def _expand(node, classes: dict[str, str]):
    """Every string of `node` with `{class}` replaced by that verb class's alternation (regex quantifiers
    such as {0,30} are no class name and stay as written)."""
    if isinstance(node, str):
        return _CLASS_NAME.sub(lambda m: classes.get(m.group(1), m.group(0)), node)
    if isinstance(node, list):
        return [_expand(item, classes) for item in node]
    if isinstance(node, dict):
        return {key: _expand(value, classes) for key, value in node.items()}
    return node


_CLASS_NAME = re.compile(r"\{([a-z_]+)\}")


@cache
def load_vocabulary(path: Path = DEFAULT_VOCABULARY) -> Vocabulary:
    spec = _spec(path)
    spec = _expand(spec, _classes(spec))  # (a new structure: the cached one stays as parsed)
    row_groups = {r.code: r.group for r in load_template().sections["3"].rows}
    metrics: dict[str, Metric] = {}
    # The units a count is printed in unless a metric names its own (件, 起, and the synonyms of the lexicon).
    default_units = tuple(spec.get("count_units", ("件", "起")))
    for item in spec["metrics"]:
        code = item["code"]
        if code in metrics:
            raise VocabularyError(f"metric {code} is defined twice in {path.name}")
        cells = tuple(_cell(c, code) for c in item.get("cells", ()))
        groups = {row_groups.get(row) for section, row, _ in cells if section == "3"}
        metrics[code] = Metric(
            code=code,
            label_zh=item["label_zh"],
            label_en=item["label_en"],
            family=item["family"],
            cells=cells,
            cues=tuple(re.compile(c) for c in item.get("cues", ())),
            units=tuple(item.get("units", default_units)),
            anchor=bool(item.get("anchor", False)),
            base_cues=tuple(item.get("base_cues", ())),
            proceeding=item.get("proceeding"),
            outcome=item.get("outcome"),
            is_outcome=bool(groups) and not groups & _NOT_OUTCOMES,
            readings=tuple(item.get("readings", ())),
            exact_cues=_alternatives(item.get("exact_cues", ())),
            combined=bool(item.get("combined", False)),
        )
    implicit = spec.get("implicit", {})
    handled = implicit.get("all_handled")
    vocabulary = Vocabulary(
        version=str(spec["version"]),
        metrics=metrics,
        proceedings=tuple((p["code"], cue) for p in spec["proceedings"] for cue in p["cues"]),
        outcomes=tuple((o["code"], cue) for o in spec["outcomes"] for cue in o["cues"]),
        not_about_applications=_alternatives(spec.get("not_about_applications", ())),
        zero_cues=tuple(
            ZeroCue(
                z["metric"],
                # led by the characters the cue can start with (the same matches; a position none starts at is
                # turned away at once: each zero cue is searched over every sentence that may imply one)
                alternation((z["cue"],)),
                bool(z.get("alongside")),
                re.compile(z["needs"]) if z.get("needs") else None,
            )
            for z in implicit.get("zero", ())
        ),
        rates=tuple(Rate(re.compile(r["cue"]), r["metric"], r["base"]) for r in spec.get("rates", ())),
        implicit_words=_alternatives(implicit.get("words", ())),
        all_handled=AllHandled(
            cue=alternation((handled["cue"],)),  # (led by its first characters, as the zero cues)
            applications=handled["applications"],
            of_applications=tuple(handled["of_applications"]),
            proceedings=handled["proceedings"],
            passed_on=re.compile(handled["passed_on"]) if handled.get("passed_on") else None,
            next_clause=re.compile(handled["next_clause"]) if handled.get("next_clause") else None,
        )
        if handled
        else None,
        such_cases=re.compile(implicit["such_cases"]) if implicit.get("such_cases") else None,
        requests_point=(
            (point["heading"], point["none"], point["metric"])
            if (point := implicit.get("requests_point"))
            else None
        ),
        request_units=tuple(spec.get("request_units", ())),
    )
    characters = spec.get("characters")
    if characters:
        if len(characters["traditional"]) != len(characters["simplified"]):
            raise VocabularyError("characters: traditional and simplified differ in length")
        table = str.maketrans(characters["traditional"], characters["simplified"])
        vocabulary = replace(vocabulary, characters=table)
    after = spec.get("after_count")
    if after:
        allowed = set(after.get("metrics", ()))
        if after.get("outcomes_of_handling"):
            allowed |= {m.code for m in metrics.values() if m.is_outcome}
        vocabulary = replace(
            vocabulary,
            after_count_link=re.compile(after["link"]),
            after_count_metrics=frozenset(allowed),
            proceeding_outcome_link=re.compile(after["proceeding_outcome"]),
            handled_after_count=re.compile(after["handled"]) if after.get("handled") else None,
        )
    each = spec.get("each")
    if each:
        vocabulary = replace(vocabulary, each={k: tuple(v) for k, v in each.items()})
    parts = spec.get("parts")
    if parts:
        vocabulary = replace(
            vocabulary,
            part_words=_alternatives(
                [parts[kind] for kind in ("channels", "applicants", "manners") if parts.get(kind)]
            ),
            part_enumerations=tuple(parts[kind] for kind in ("channels", "applicants") if parts.get(kind)),
            no_row_words=_alternatives(parts.get("no_row", ())),
        )
    _check(vocabulary)
    return vocabulary


def metric_cells_records(vocabulary: Vocabulary) -> list[dict]:
    """One record per metric and cell, as loaded into raw.narrative_metric_cells; free metrics get one
    record with null cells, so every metric code is listed."""
    records = []
    for metric in vocabulary.metrics.values():
        base = {"metric": metric.code, "label_zh": metric.label_zh, "label_en": metric.label_en}
        cells = metric.cells or ((None, None, None),)
        for section, row_code, col_code in cells:
            records.append({**base, "section": section, "row_code": row_code, "col_code": col_code})
    return records
