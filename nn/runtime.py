"""Process-level tuning that numpy code benefits from, offered as an explicit opt-in.

glibc serves every allocation above 128 KiB with a fresh `mmap` and returns it on free, so a
training step that creates megabyte-sized temporaries pays page faults for each of them,
every step; on virtual machines that can cost more than the arithmetic. Raising the mmap
and trim thresholds lets freed arrays be reused from the heap, as PyTorch's caching
allocator does for its own tensors.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache

_M_TRIM_THRESHOLD = -1
_M_TOP_PAD = -2
_M_MMAP_THRESHOLD = -3
_MMAP_THRESHOLD_MAX = 32 * 1024 * 1024  # glibc refuses larger values on 64-bit


@cache  # finding libc runs a subprocess: a millisecond or two, once is enough
def reuse_freed_memory() -> bool:
    """Keep freed arrays up to 32 MiB in the heap for reuse. True if glibc accepted it."""
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl, macOS, Windows)
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(
        mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_MAX)
        and mallopt(_M_TRIM_THRESHOLD, 8 * _MMAP_THRESHOLD_MAX)
        and mallopt(_M_TOP_PAD, 2 * _MMAP_THRESHOLD_MAX)
    )
