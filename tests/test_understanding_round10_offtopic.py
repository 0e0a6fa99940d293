"""Round ten's final set, wrong punchlines of the kind "nothing meant, a branch read", by
structural kind (offtopic16): class-wide named rules (content/README.md lists them). Examples
written here, not copied from the eval rows."""

from __future__ import annotations

import pytest

from bot.content.corpus import Corpus
from tests.support.understanding import reached

# -- a put-off ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "said", "branch"),
    [
        ("silent-love/ask", "on the bus, havent got signal really, ask me later", None),
        ("silent-love/ask", "no time rn, i'll get back to you", None),
        ("play-water/ask", "没空 还没下班 回头再说", None),
        ("nine-by-three/ask", "我三點要開會 遲啲答你", None),
        ("bark-for-you/ask", "我在开车 没法看手机 等会再说", None),
        # no put-off closing a clause: the answer stands
        ("silent-love/ask", "no", "no"),
        ("nine-by-three/ask", "三", "three"),
    ],
)
def test_a_put_off_answers_nothing(
    corpus: Corpus, where: str, said: str, branch: str | None
) -> None:
    assert reached(corpus, where, said) == branch
