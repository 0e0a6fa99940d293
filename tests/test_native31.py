"""native31: the lines ops31 and ops31b added, read as their readers would.

- own_guess: English "don't score or buy it more time" read as a rule book; Hong Kong said
  條題 and 自己出嘅題 where Cantonese says 題目.
- which_question: English opened on a digit and a passive ("2 questions are waiting for your
  answer"), now as a friend says it ("You have 2 questions waiting"); Taiwan replied to 那則問題 (則 counts messages and news, not questions).
- teased_try / teased_fall (zh): "笑 X 呢？" reads cut short (还笑 X 呢？); 确实中招 is written,
  not said (真的中招).
- playground lines: the mainland says 整蛊 (整他 alone is southern), 群聊 (进入群 is cut
  short); Hong Kong's /as takes 名字 as the other languages' do; "no reply" read as if the bot
  answered its own questions (en, zh); the buttons "change" as a stage direction, now "changed".

Each line is read through the catalogue the bot and the playground speak from.
"""

from __future__ import annotations

import pytest

from bot.i18n.catalogue import say


@pytest.mark.parametrize(
    ("key", "lang", "values", "line"),
    [
        (
            "own_guess",
            "en",
            {},
            "(Guessing at your own prank doesn't count and doesn't add time: it stays open for "
            "your friends until time's up.)",
        ),
        (
            "own_guess",
            "zh-hk",
            {},
            "（自己出嘅題目自己估唔計分㗎，亦唔會加時～留返畀班朋友答，夠鐘就揭曉。）",
        ),
        (
            "which_question",
            "en",
            {"count": 2},
            "You have 2 questions waiting, and I can't tell which one this answers: reply to the "
            "question you mean to answer.",
        ),
        (
            "which_question",
            "zh-hant",
            {"count": 2},
            "有 2 個問題在等你回答，我分不出你答的是哪一題：請直接回覆你要回答的那一題。",
        ),
        (
            "teased_try",
            "zh",
            {"target": "@mei"},
            "还笑 @mei 呢？那是 @mei 猜的，不算你的。你自己的答案呢？",
        ),
        (
            "teased_fall",
            "zh",
            {"target": "@mei"},
            "哈哈，@mei 真的中招了。下一题轮到 @mei 来答哦。",
        ),
        (
            "playground_as_no_username",
            "zh",
            {"name": "Mei"},
            "现在以 Mei 的身份说话，他没有 Telegram 用户名：要整蛊他，就回复他的消息，/reply 编号 /prank",
        ),
        ("playground_in_group", "zh", {"group": "同学"}, "进入群聊“同学”；/as 名字 换成别人说话"),
        (
            "playground_in_group",
            "zh-hk",
            {"group": "同學"},
            "入咗群組「同學」；/as 名字 轉做第個人講嘢",
        ),
        ("playground_no_reply", "zh", {}, "没有回复：在群里机器人只回应命令，以及回答它问题的消息"),
        (
            "playground_no_reply",
            "en",
            {},
            "no reply: in a group the bot only answers commands and replies to its questions",
        ),
        ("playground_keys_change", "en", {"number": 2}, "the buttons under [2] changed"),
    ],
)
def test_a_new_line_reads_as_its_reader_says_it(
    key: str, lang: str, values: dict[str, object], line: str
) -> None:
    assert say(key, lang, **values) == line
