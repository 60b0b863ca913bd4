"""Every table value of the four seed reports, read by hand from the documents (not from the parser).

Section 三 rows list the seven applicant columns in the template's order: 自然人, 商业企业, 科研机构,
社会公益组织, 法律服务机构, 其他, 总计. Section 四 lists 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
`np(n)` is a row where natural persons account for all n applications, `Z` a row of zeros.
"""

from decimal import Decimal

Z = (0, 0, 0, 0, 0, 0, 0)


def np(n: int) -> tuple[int, ...]:
    return (n, 0, 0, 0, 0, 0, n)


SECTION3_ROWS = [
    "new_received", "carried_over", "granted", "partially_granted",
    "denied_state_secret", "denied_prohibited_by_law", "denied_three_securities_one_stability",
    "denied_third_party_rights", "denied_internal_affairs", "denied_process_information",
    "denied_enforcement_files", "denied_administrative_query",
    "unable_not_held", "unable_needs_creation", "unable_unclear",
    "not_processed_petition", "not_processed_duplicate", "not_processed_publication",
    "not_processed_vexatious", "not_processed_confirmation",
    "other_no_correction", "other_unpaid_fee", "other_other", "handled_total", "carried_forward",
]  # fmt: skip
APPLICANTS = [
    "natural_person", "business", "research_institution", "public_interest_org", "legal_service",
    "other_org", "total",
]  # fmt: skip
OUTCOMES = ["upheld", "corrected", "other", "pending", "total"]

# The template has (六)其他处理 in two forms: three sub-rows, or one row (other_total). The seed reports
# print the sub-rows, so other_total's 7 values are loaded as missing with reason not_in_variant: a report
# has 207 rows in raw.report_values, 200 of them values the report printed.
NOT_IN_VARIANT = {("3", "other_total", col) for col in APPLICANTS}
ROWS_PER_REPORT = 207

EXPECTED = {
    "2021_laiwu.txt": {
        "metadata": {
            "jurisdiction_zh": "莱芜区",
            "division_code": "370116",
            "report_year": 2021,
            "reporting_body_zh": "济南市莱芜区人民政府",
            "scope": "government",
            "published_on": None,
        },
        "section2": {
            ("regulations", "issued"): 0,
            ("regulations", "repealed"): 0,
            ("regulations", "in_force"): 0,
            ("normative_documents", "issued"): 0,
            ("normative_documents", "repealed"): 0,
            ("normative_documents", "in_force"): 6,
            ("licensing", "decisions"): 66374,
            ("penalty", "decisions"): 729,
            ("coercion", "decisions"): 32,
            ("fees", "amount_10k_yuan"): Decimal("31574.8267"),
        },
        "section3": [
            (230, 0, 4, 0, 0, 0, 234),
            np(2),
            (94, 0, 4, 0, 0, 0, 98),
            np(39),
            Z,
            Z,
            Z,
            Z,
            Z,
            Z,
            np(1),
            np(2),
            np(77),
            np(6),
            Z,
            np(1),
            np(9),
            Z,
            Z,
            Z,
            Z,
            Z,
            np(2),
            (231, 0, 4, 0, 0, 0, 235),
            np(1),
        ],
        "section4": {
            "review": (0, 1, 1, 0, 2),
            "litigation_direct": (0, 1, 0, 0, 1),
            "litigation_after_review": (0, 0, 0, 0, 0),
        },
    },
    "2021_lanshan.txt": {
        "metadata": {
            "jurisdiction_zh": "兰山区",
            "division_code": "371302",
            "report_year": 2021,
            "reporting_body_zh": "临沂市兰山区人民政府",
            "scope": "government",
            "published_on": None,
        },
        "section2": {
            ("regulations", "issued"): 0,
            ("regulations", "repealed"): 0,
            ("regulations", "in_force"): 0,
            ("normative_documents", "issued"): 8,
            ("normative_documents", "repealed"): 5,
            ("normative_documents", "in_force"): 20,
            ("licensing", "decisions"): 295613,
            ("penalty", "decisions"): 20713,
            ("coercion", "decisions"): 3577,
            ("fees", "amount_10k_yuan"): Decimal("1210.06"),
        },
        "section3": [
            (230, 0, 0, 2, 0, 0, 232),
            np(3),
            (88, 0, 0, 2, 0, 0, 90),
            np(11),
            np(12),
            Z,
            Z,
            np(1),
            np(3),
            Z,
            np(9),
            np(1),
            np(89),
            np(4),
            Z,
            Z,
            np(1),
            Z,
            Z,
            Z,
            np(3),
            Z,
            Z,
            (222, 0, 0, 2, 0, 0, 224),
            np(11),
        ],
        "section4": {
            "review": (12, 1, 2, 3, 18),
            "litigation_direct": (6, 1, 0, 0, 7),
            "litigation_after_review": (2, 2, 1, 0, 5),
        },
    },
    "2021_luozhuang.txt": {
        "metadata": {
            "jurisdiction_zh": "罗庄区",
            "division_code": "371311",
            "report_year": 2021,
            "reporting_body_zh": "临沂市罗庄区人民政府",
            "scope": "government",
            "published_on": None,
        },
        "section2": {
            ("regulations", "issued"): 0,
            ("regulations", "repealed"): 0,
            ("regulations", "in_force"): 0,
            ("normative_documents", "issued"): 10,
            ("normative_documents", "repealed"): 0,
            ("normative_documents", "in_force"): 31,
            ("licensing", "decisions"): 77877,
            ("penalty", "decisions"): 914,
            ("coercion", "decisions"): 114,
            ("fees", "amount_10k_yuan"): Decimal("12291.3"),
        },
        "section3": [
            np(124),
            (0, 1, 0, 0, 0, 0, 1),
            (72, 1, 0, 0, 0, 0, 73),
            np(13),
            np(1),
            Z,
            Z,
            Z,
            Z,
            np(1),
            Z,
            Z,
            np(27),
            np(1),
            Z,
            Z,
            np(1),
            Z,
            Z,
            Z,
            np(2),
            Z,
            np(6),
            (124, 1, 0, 0, 0, 0, 125),
            Z,
        ],
        "section4": {
            "review": (3, 2, 1, 0, 6),
            "litigation_direct": (0, 1, 0, 0, 1),
            "litigation_after_review": (4, 0, 2, 0, 6),
        },
    },
    "2021_changle_office.txt": {
        "metadata": {
            "jurisdiction_zh": "昌乐县",
            "division_code": "370725",
            "report_year": 2021,
            "reporting_body_zh": "昌乐县人民政府办公室",
            "scope": "government_office",
            "published_on": "2022-01-26",
        },
        "section2": {
            ("regulations", "issued"): 0,
            ("regulations", "repealed"): 0,
            ("regulations", "in_force"): 0,
            ("normative_documents", "issued"): 3,
            ("normative_documents", "repealed"): 14,
            ("normative_documents", "in_force"): 17,
            ("licensing", "decisions"): 0,
            ("penalty", "decisions"): 0,
            ("coercion", "decisions"): 0,
            ("fees", "amount_10k_yuan"): 0,
        },
        "section3": [
            (12, 4, 0, 0, 0, 0, 16),
            Z,
            np(4),
            np(5),
            Z,
            Z,
            Z,
            Z,
            Z,
            Z,
            Z,
            Z,
            (3, 4, 0, 0, 0, 0, 7),
            Z,
            Z,
            Z,
            Z,
            Z,
            Z,
            Z,
            Z,
            Z,
            Z,
            (12, 4, 0, 0, 0, 0, 16),
            Z,
        ],
        "section4": {
            "review": (0, 0, 0, 0, 0),
            "litigation_direct": (0, 0, 0, 0, 0),
            "litigation_after_review": (0, 0, 0, 0, 0),
        },
    },
}


def expected_values(name: str) -> dict[tuple[str, str, str], Decimal]:
    """The 200 values of one report keyed by (section, row_code, col_code)."""
    spec = EXPECTED[name]
    out: dict[tuple[str, str, str], Decimal] = {}
    for (row, col), value in spec["section2"].items():
        out[("2", row, col)] = Decimal(value)
    assert len(spec["section3"]) == 25
    for row, values in zip(SECTION3_ROWS, spec["section3"], strict=True):
        for col, value in zip(APPLICANTS, values, strict=True):
            out[("3", row, col)] = Decimal(value)
    for row, values in spec["section4"].items():
        for col, value in zip(OUTCOMES, values, strict=True):
            out[("4", row, col)] = Decimal(value)
    return out
