"""Small corpora for tests that need a routine of their own (a short timeout, say)."""

from __future__ import annotations


def quick_routine(timeout: float) -> str:
    """A routine `quick` that reveals after `timeout` seconds, as a `routines:` list item."""
    return f"""  - id: quick
    title: {{zh: 快, en: Quick}}
    timeout: {timeout}
    states:
      ask:
        say: {{zh: 一加一？, en: One plus one?}}
        answers:
          - match: [二]
            reply: {{zh: 对。, en: Right.}}
        otherwise:
          reveal: {{zh: 是二。, en: Two.}}
"""
