"""Great Expectations checks of the data that came in: structure, identities, plausibility."""
