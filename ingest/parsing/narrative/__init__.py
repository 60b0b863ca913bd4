"""Narrative claims: the figures a report's prose states, tied to the metrics of its own vocabulary."""

from ingest.parsing.narrative.claims import CLAIMS_TABLE, KINDS, Claim, claim_records, extract_claims

__all__ = ["CLAIMS_TABLE", "KINDS", "Claim", "claim_records", "extract_claims"]
