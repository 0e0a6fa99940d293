"""Everything the bot itself says, in every language. Routine texts live in the corpus."""

from __future__ import annotations

from bot.engine.language import Text

COMMANDS: dict[str, Text] = {
    "prank": Text(
        "来个套路（可加套路名或 @朋友）", "Play a prank routine (optionally: id or @friend)"
    ),
    "joke": Text("讲个段子", "Tell a one-liner"),
    "story": Text("讲个小故事", "Tell a short dialogue"),
    "list": Text("列出所有套路", "List the prank routines"),
    "lang": Text("切换语言：/lang zh 或 /lang en", "Switch language: /lang zh or /lang en"),
    "cancel": Text("取消你发起的套路", "Cancel the prank you started"),
    "xor": Text("训练（或展示）本聊天的 XOR 神经网络", "Train (or show) this chat's XOR network"),
    "train": Text(
        "训练神经网络：/train [门] [epochs=N] [lr=X] …",
        "Train a network: /train [gate] [epochs=N] [lr=X] …",
    ),
    "predict": Text("用本聊天的网络预测：/predict A B", "Ask this chat's network: /predict A B"),
    "stats": Text("群里谁最会套路，谁最常上当", "Who pranked most, who fell for it most"),
    "help": Text("帮助", "Help"),
}

SAY: dict[str, Text] = {
    "welcome": Text(
        "你好，我是套路 🎭。我会问你一些问题，小心回答哦。\n发 /prank 开始，或者把我拉进群里整蛊朋友。",
        "Hi, I'm Taolu 🎭. I ask innocent questions; answer with care.\n"
        "Send /prank to start, or add me to a group to prank your friends.",
    ),
    "help_title": Text("我会这些：", "Here is what I can do:"),
    "group_howto": Text(
        "群里整蛊：回复朋友的消息发 /prank，或者 /prank @朋友。",
        "In groups: reply to a friend's message with /prank, or send /prank @friend.",
    ),
    "unknown_routine": Text(
        "没有叫“{name}”的套路。发 /list 看看有哪些。",
        "There is no routine called “{name}”. Send /list to see them all.",
    ),
    "unknown_command": Text(
        "我不认识 {command} 这个命令。发 /help 看看我会什么。",
        "I don't know {command}. Send /help to see what I can do.",
    ),
    "nudge": Text(
        "想玩就发 /prank，想听段子发 /joke。",
        "Send /prank to play, or /joke for a one-liner.",
    ),
    "lang_set": Text("好的，以后说中文。", "OK, English from now on."),
    "lang_usage": Text("用法：/lang zh 或 /lang en", "Usage: /lang zh or /lang en"),
    "cancelled": Text("好吧，这个套路取消了。", "OK, that prank is cancelled."),
    "nothing_to_cancel": Text("你没有正在进行的套路。", "You have no prank running."),
    "too_many": Text(
        "这个群里同时进行的套路太多了，先玩完几个吧。",
        "Too many pranks are running in this group; finish some first.",
    ),
    "private_target": Text(
        "整蛊朋友要在群里玩：把我拉进群，然后 /prank @朋友。",
        "Pranking a friend works in a group: add me to one, then /prank @friend.",
    ),
    "not_for_you": Text(
        "嘘，这题是问 {target} 的，别抢答。",
        "Shh, that one is for {target}. No cutting in.",
    ),
    "timeout": Text(
        "⏰ 时间到，没人回答。答案揭晓：", "⏰ Time's up, nobody answered. The answer:"
    ),
    "got_you": Text("🎭 {by} 套路了 {target}!", "🎭 {by} got {target}!"),
    "stats_title": Text("本群套路榜", "This group's prank board"),
    "stats_pranksters": Text("最会套路：", "Pranked most:"),
    "stats_fooled": Text("最常上当：", "Fell for it most:"),
    "stats_empty": Text(
        "还没有人被套路过。发 /prank 开始吧。", "Nobody has been pranked yet. Send /prank."
    ),
    "stats_group_only": Text("套路榜只在群里有。", "The prank board exists in groups only."),
    "list_title": Text("套路列表（/prank 名字）：", "Routines (/prank id):"),
    "lang_name": Text("中文", "English"),
}


def say(key: str, lang: str, **values: object) -> str:
    """The bot's line `key` in `lang`, with `{placeholders}` filled in."""
    return SAY[key].in_(lang).format(**values)
