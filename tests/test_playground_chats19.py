"""The playground as a new user played it (newuser19): someone made with /as whose name can be
no Telegram username (老李) is told how to be pranked, by a reply, as on Telegram, and named
as on Telegram (老李, not @老李); /reply N to a message of another chat is refused, and /press
N K to its buttons: each chat numbers its own messages (ops23), as Telegram does."""

from __future__ import annotations

from pathlib import Path

from bot.content.corpus import Corpus
from tests.support.playground import played

OTHER_CHAT = "(no message [1] to reply to in this chat: /reply N text)"


def test_someone_with_no_username_is_told_to_be_pranked_by_a_reply(
    corpus: Corpus, tmp_path: Path
) -> None:
    """Breakage: "(now speaking as 老李)", then "/prank @老李" refused with no word of how."""
    shown = played(
        corpus, tmp_path, "/group", "/as 老李", "hi", "/as you", "/reply 2 /prank one-and-three"
    )
    told = "(now speaking as 老李, who has no Telegram username: to prank them, reply to"
    assert any(line.startswith(told) and "/reply N /prank" in line for line in shown), shown
    question = shown[-1]
    assert question.startswith("🎭 [4] 老李 ") and "@老李" not in question, shown


def test_someone_with_a_username_is_reached_by_it_as_before(corpus: Corpus, tmp_path: Path) -> None:
    shown = played(corpus, tmp_path, "/group", "/as bob", "/as you", "/prank @bob one-and-three")
    assert "(now speaking as bob)" in shown
    assert shown[-1].startswith("🎭 [3] @bob "), shown


def test_a_reply_to_a_message_of_another_chat_is_refused(corpus: Corpus, tmp_path: Path) -> None:
    """Breakage: [1], said in the group, was quoted in the private chat."""
    shown = played(corpus, tmp_path, "/group", "/as bob", "hi", "/private", "/reply 1 hello")
    assert shown[-1] == OTHER_CHAT and not any("hello" in line for line in shown), shown
    again = played(corpus, tmp_path, "/group", "/as bob", "hi", "/private", ">1 hello")
    assert again[-1] == OTHER_CHAT, again


def test_a_reply_in_the_same_chat_still_quotes(corpus: Corpus, tmp_path: Path) -> None:
    shown = played(corpus, tmp_path, "/group", "/as bob", "hi", "/as alice", "/reply 2 hello")
    assert "[3] alice (re [2]): hello" in shown and OTHER_CHAT not in shown, shown


def test_a_button_of_another_chat_is_not_pressed(corpus: Corpus, tmp_path: Path) -> None:
    """Breakage: /press N K in the private chat tapped a button under the group's message [N],
    answering in the group from where the speaker was not (round twenty)."""
    shown = played(corpus, tmp_path, "/group", "/joke", "/private", "/press 3 1")
    pressed = "(no such button: /press N K presses button (K) under message [N] of this chat)"
    assert shown[-1] == pressed, shown
    back = played(corpus, tmp_path, "/group", "/joke", "/press 3 1")
    assert pressed not in back and any(line.startswith("🎭 [4] ") for line in back), back
