"""The process's memory policy: what the bot holds for its whole life is kept out of the
garbage collector's walks."""

import gc


def settle() -> None:
    """Put what the process holds now (the corpus, its matchers and learned second opinions)
    out of the collector's reach, once the corpus is learned: at start, and after a /reload
    has swapped the corpus in. A full collection runs on the event loop, and it walked every
    object the learned models hold (10 -> 140 ms with round 16's models; docs/stat16.md, round 17).
    Frozen objects are never collected, so what was frozen before is unfrozen first: a
    corpus a /reload replaced is freed then (its states are in reference cycles)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
