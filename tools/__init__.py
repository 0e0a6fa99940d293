"""Tools for reading the tuning data against the corpus, run as modules from the repository's
root: `python -m tools.phrase_agreement`."""
