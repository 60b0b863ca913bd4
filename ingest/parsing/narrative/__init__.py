"""Narrative claims: the figures a report's prose states, tied to the metrics of its own vocabulary."""

from ingest.parsing.narrative.claims import CLAIMS_TABLE, KINDS, Claim, claim_records, extract_claims
from ingest.parsing.narrative.unread import UNREAD_TABLE, unread_records

__all__ = [
    "CLAIMS_TABLE",
    "KINDS",
    "UNREAD_TABLE",
    "Claim",
    "claim_records",
    "extract_claims",
    "unread_records",
]
