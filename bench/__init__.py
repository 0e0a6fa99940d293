"""Benchmarks, run as modules: `python -m bench.engine`, `-m bench.network`, `-m bench.bot`.
Numbers and the machine they came from are in docs/benchmarks.md."""
