"""The held-out recall of the narrative claims, pooled over the survey's rounds (issue 30), with its interval.

Each round's test half is measured once, before the grammar is tuned on it (`measurements_N.yaml`); later
tunings read those halves in full, so only the recorded measurements say how the grammar reads prose it has
not met. This module adds them up: the figure the README's pooled rows print, and a 95% interval around it
that treats each round as one draw. A round's reports share a search family's kind of page and one freeze of
the grammar, so its figures are not independent: the interval is the ratio estimator's, clustered by round.

    python tests/narrative_survey_pooled.py [--from 16] [--last 10]
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import yaml

SURVEY = Path(__file__).resolve().parent / "narrative_survey"
# The README's pooled rows begin at round 16 ("rounds 16–N test halves together"); rounds 3–15's halves are
# measured once too and printed beside them.
POOLED_FROM = 16
FIELDS = ("reports", "figures", "recalled", "false_alarms")


def measurement_files(folder: Path = SURVEY) -> list[Path]:
    """Every round's measurements_N.yaml, in round order."""
    return sorted(folder.glob("measurements_*.yaml"), key=round_of)


def round_of(path: Path) -> int:
    """The round a measurements_N.yaml records."""
    return int(path.stem.rpartition("_")[2])


def half_measured(data: dict) -> tuple[dict | None, bool]:
    """A measurement file's test half and whether it was held out when measured.

    Round 3's file keeps its half as `whole_half` (the headline) beside a count without two entries seen
    before its freeze, and says `held_out` beside it; the later files say it inside `test`."""
    if "test" in data:
        return data["test"], bool(data["test"].get("held_out"))
    return data.get("whole_half"), bool(data.get("held_out"))


def held_out_tests(folder: Path = SURVEY) -> dict[int, dict[str, int]]:
    """Each round's one measurement of its test half, by round: reports, figures, recalled, false alarms."""
    out: dict[int, dict[str, int]] = {}
    for path in measurement_files(folder):
        half, held_out = half_measured(yaml.safe_load(path.read_text(encoding="utf-8")))
        if half is not None and held_out:
            out[round_of(path)] = {name: int(half[name]) for name in FIELDS}
    return out


@dataclass(frozen=True)
class Pooled:
    rounds: tuple[int, ...]
    reports: int
    figures: int
    recalled: int
    false_alarms: int
    low: float  # the 95% interval of the recall, clustered by round
    high: float

    @property
    def recall(self) -> float:
        return self.recalled / self.figures

    def summary(self, name: str) -> str:
        return (
            f"narrative survey, {name} ({len(self.rounds)} rounds, {self.rounds[0]}–{self.rounds[-1]}, "
            f"{self.reports} reports): {self.recalled} of {self.figures} figures read, recall "
            f"{self.recall:.1%} (95% interval by round {self.low:.1%}–{self.high:.1%}); "
            f"{self.false_alarms} false alarms"
        )


def pool(measured: dict[int, dict[str, int]]) -> Pooled:
    """The rounds' halves as one: recall = Σ recalled / Σ figures, ± 1.96 standard errors, the standard error
    sqrt(n / (n − 1) · Σ (recalled_r − recall · figures_r)²) / Σ figures over the n rounds r."""
    sums = {name: sum(m[name] for m in measured.values()) for name in FIELDS}
    ratio = sums["recalled"] / sums["figures"]
    n = len(measured)
    spread = sum((m["recalled"] - ratio * m["figures"]) ** 2 for m in measured.values())
    error = math.sqrt(n / (n - 1) * spread) / sums["figures"] if n > 1 else math.nan
    return Pooled(tuple(measured), **sums, low=ratio - 1.96 * error, high=ratio + 1.96 * error)


def main(argv: list[str] | None = None) -> int:
    """Print the pooled held-out figure of every round, of the README's rounds and of the last ones."""
    import argparse

    parser = argparse.ArgumentParser(prog="python tests/narrative_survey_pooled.py", description=main.__doc__)
    parser.add_argument("--from", dest="first", type=int, default=POOLED_FROM, help="first round pooled")
    parser.add_argument("--last", type=int, default=10, help="also pool the last this many rounds")
    args = parser.parse_args(argv)
    measured = held_out_tests()
    print(pool(measured).summary("every test half measured once"))
    since = {r: m for r, m in measured.items() if r >= args.first}
    print(pool(since).summary(f"test halves from round {args.first}"))
    last = dict(list(measured.items())[-args.last :])
    print(pool(last).summary(f"the last {args.last} test halves"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
