"""Everything the bot says in its own words, in every language, in one place.

Routine texts live in the corpus and each command's help line lives with its declaration;
every other line any front end shows is here, under a key, so a new language or a reworded
line is one edit. `say(key, lang, **values)` is the only way to read it.
"""

from __future__ import annotations

from bot.i18n.language import Text

CATALOGUE: dict[str, Text] = {
    # -- welcome and help ----------------------------------------------------------------
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
    "gate_explained": Text(
        "“门”是一个小规则：两个 0/1 输入，一个 0/1 输出。XOR 在恰好一个输入是 1 时输出 1。",
        "A “gate” is a tiny rule: two 0/1 inputs, one 0/1 output. "
        "XOR answers 1 when exactly one input is 1.",
    ),
    "unknown_command": Text(
        "我不认识 {command} 这个命令。发 /help 看看我会什么。",
        "I don't know {command}. Send /help to see what I can do.",
    ),
    "nudge": Text(
        "想玩就发 /prank，想听段子发 /joke。",
        "Send /prank to play, or /joke for a one-liner.",
    ),
    "group_only": Text("这个命令只能在群里用。", "That command works in groups only."),
    "private_only": Text("这个命令只能私聊我用。", "That command works in a private chat only."),
    "slow_down": Text(
        "{name}，命令发得太快了，歇一会儿再来。",
        "{name}, that's a lot of commands. Take a breather.",
    ),
    "chat_admins_only": Text(
        "在群里只有群管理员能这样做。", "In a group, only its admins can do that."
    ),
    "not_admin": Text("这个命令只有管理员能用。", "Only the bot's admins can use this command."),
    "text_please": Text(
        "我只看得懂文字哦，用文字回答吧。", "I only read text: answer in words, please."
    ),
    "oops": Text(
        "哎呀，我这边出了点问题，请再试一次。",
        "Oops, something broke on my side. Please try again.",
    ),
    "reloaded": Text("语料已重新加载：{summary}", "Corpus reloaded: {summary}"),
    "reload_failed": Text(
        "语料有问题，继续用原来的：\n{problems}",
        "The corpus has problems; keeping the old one:\n{problems}",
    ),
    # -- languages -----------------------------------------------------------------------
    "lang_set": Text("好的，以后说{name}。", "OK, {name} from now on."),
    "lang_usage": Text(
        "现在说的是{current}。可选：/lang zh（简体）、/lang zh-hant（繁體）、/lang zh-hk（香港繁體）、/lang en（English）",
        "I'm speaking {current}. Choices: /lang zh (简体), /lang zh-hant (繁體), "
        "/lang zh-hk (香港繁體), /lang en (English)",
    ),
    "lang_name_zh": Text("简体中文", "Simplified Chinese", "簡體中文"),
    "lang_name_zh-hant": Text("繁体中文", "Traditional Chinese", "繁體中文"),
    "lang_name_zh-hk": Text("香港繁体中文", "Traditional Chinese (Hong Kong)", "香港繁體中文"),
    "lang_name_en": Text("英文", "English"),
    # -- routines ------------------------------------------------------------------------
    "list_title": Text(
        "套路列表（/prank 名字 或 标题）：", "Routines (/prank with an id or a title):"
    ),
    "list_plays_zh": Text("中文套路：", "Played in Chinese:"),
    "list_plays_en": Text("英文套路：", "Played in English:"),
    "did_you_mean": Text(
        "没有叫“{name}”的套路。你是想整蛊 @{name} 吗？那就发 /prank @{name}",
        "There is no routine called “{name}”. Did you mean @{name}? Then send /prank @{name}",
    ),
    "unknown_routine": Text(
        "没有叫“{name}”的套路。发 /list 看看有哪些。",
        "There is no routine called “{name}”. Send /list to see them all.",
    ),
    "cancelled": Text("好吧，这个套路取消了。", "OK, that prank is cancelled."),
    "nothing_to_cancel": Text("你没有正在进行的套路。", "You have no prank running."),
    "too_many": Text(
        "这个群里同时进行的套路太多了，先玩完几个吧。",
        "Too many pranks are running in this group; finish some first.",
    ),
    "your_pranks_full": Text(
        "你已经有 {count} 个套路在等人回答了，先玩完或者 /cancel 一个吧。",
        "You already have {count} pranks waiting for answers; finish one or /cancel it first.",
    ),
    "prank_cooldown": Text(
        "别急，{seconds} 秒后再发下一个套路。",
        "Easy: wait {seconds} seconds before the next prank.",
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
    # -- the playground (its own commands, listed by its /help after the bot's) ------------
    "playground_banner": Text(
        "套路游乐场：这是你和机器人的私聊。发 /help 看看；Ctrl-D 退出。（English: /lang en）",
        "Taolu playground: your private chat with the bot. /help lists what you can do; "
        "Ctrl-D quits. (中文：/lang zh)",
    ),
    "playground_help": Text(
        "游乐场：/group [群名] 进入假群；/as 名字 换人说话（私聊里就换到那人的私聊）；"
        "/private 回到私聊；/reply 编号 文字（或 >编号 文字）回复某条消息；"
        "/open 链接码 打开整蛊链接；/wait 等正在进行的事做完；Ctrl-D 退出",
        "Playground: /group [name] a pretend group; /as NAME speak as someone else (out of a "
        "group: in their private chat); /private back to a private chat; /reply N text (or >N "
        "text) reply to message [N]; /open CODE open a prank link; /wait wait for what is "
        "running; Ctrl-D quits",
    ),
    # -- prank links ---------------------------------------------------------------------
    "link_made": Text(
        "🔗 你的整蛊链接（{title}）：\n{url}\n发给谁都行：谁打开谁中招，结果我私聊告诉你。"
        "{days} 天内有效，最多 {plays} 次。",
        "🔗 Your prank link ({title}):\n{url}\nPost it anywhere: whoever opens it gets "
        "pranked, and I'll tell you here how it went. Valid {days} days, {plays} plays.",
    ),
    "link_stale": Text(
        "这个整蛊链接已经过期或用完了，不过没关系，给你来个别的：",
        "That prank link has expired or been used up. Never mind, here's another one:",
    ),
    "links_full": Text(
        "你已经有 {max} 个还有效的整蛊链接了，够多啦。等旧的过期（{days} 天）再来做新的吧，"
        "发 /links 看看它们的战果。",
        "You already have {max} live prank links, which is plenty. New ones once the old "
        "expire ({days} days); /links shows how they are doing.",
    ),
    "no_links": Text(
        "你还没有整蛊链接。发 /link 做一个。",
        "You have no prank links yet. Send /link to make one.",
    ),
    "links_title": Text("你的整蛊链接：", "Your prank links:"),
    "links_open": Text(
        "• {title}（{code}）：玩了 {plays}/{max} 次", "• {title} ({code}): played {plays}/{max}"
    ),
    "links_expired": Text(
        "• {title}（{code}）：已过期，玩了 {plays} 次",
        "• {title} ({code}): expired, played {plays}",
    ),
    "link_report": Text("🔗 你的链接“{title}”：{line}", "🔗 Your link “{title}”: {line}"),
    "link_result_fell": Text(
        "{who} 答了“{answer}”，中招了 🎭", "{who} answered “{answer}” and fell for it 🎭"
    ),
    "link_result_dodged": Text(
        "{who} 答了“{answer}”，没上当", "{who} answered “{answer}” and saw through it"
    ),
    "link_result_silent": Text("{who} 没有回答", "{who} never answered"),
    "link_result_other": Text(
        "{who} 答了“{answer}”，答案已揭晓", "{who} answered “{answer}” and got the answer"
    ),
    # -- stats ---------------------------------------------------------------------------
    "stats_title": Text("本群套路榜", "This group's prank board"),
    "stats_pranksters": Text("最会套路：", "Pranked most:"),
    "stats_fooled": Text("最常上当：", "Fell for it most:"),
    "stats_empty": Text(
        "还没有人被套路过。发 /prank 开始吧。", "Nobody has been pranked yet. Send /prank."
    ),
    # -- inline mode ---------------------------------------------------------------------
    "inline_other": Text("🤷 别的", "🤷 Something else"),
    "inline_tapped": Text("{name} 答：{answer}", "{name} answered: {answer}"),
    "inline_got": Text("🎭 {name} 被套路了！", "🎭 {name} got pranked!"),
    "button_expired": Text("这个按钮已经失效了。", "This button has expired."),
    "inline_revealed": Text("这个套路已经揭晓了。", "This prank has already been revealed."),
    "share": Text("🎭 用这个套路整蛊朋友", "🎭 Prank a friend with this"),
    # -- the network lab -----------------------------------------------------------------
    "train_usage": Text(
        "用法：/train [门] [epochs=N] [lr=X] [hidden=N] [activation=tanh|sigmoid|relu]\n"
        "门：{gates}；epochs {epochs}，lr {lr}，hidden {hidden}。停止训练：/train stop",
        "Usage: /train [gate] [epochs=N] [lr=X] [hidden=N] [activation=tanh|sigmoid|relu]\n"
        "Gates: {gates}; epochs {epochs}, lr {lr}, hidden {hidden}. To stop: /train stop",
    ),
    "train_bad_value": Text(
        "{name}={value} 不行：{name} 要在 {low} 到 {high} 之间。",
        "{name}={value} won't do: {name} must be from {low} to {high}.",
    ),
    "train_unknown_word": Text("看不懂“{word}”。", "I don't understand “{word}”."),
    "predict_usage": Text(
        "用法：/predict A B，例如 /predict 1 0（数字在 -100 到 100 之间）",
        "Usage: /predict A B, e.g. /predict 1 0 (numbers from -100 to 100)",
    ),
    "training": Text(
        "🧠 训练 {gate}：epoch {epoch}/{epochs} error={error:.6f}\n{bar}",
        "🧠 Training {gate}: epoch {epoch}/{epochs} error={error:.6f}\n{bar}",
    ),
    "training_start": Text(
        "🧠 训练 {gate}：开始了（共 {epochs} 个 epoch）",
        "🧠 Training {gate}: starting ({epochs} epochs)",
    ),
    "queued": Text(
        "⏳ 排队中：你是第 {position} 位，轮到时开始训练。",
        "⏳ Queued: you are number {position} in line; training starts on your turn.",
    ),
    "busy": Text(
        "这个聊天已经在训练了，等它完成或发 /train stop。",
        "This chat is already training; wait, or send /train stop.",
    ),
    "stopped": Text(
        "⏹ 训练已停止（epoch {epoch}/{epochs}）。", "⏹ Training stopped (epoch {epoch}/{epochs})."
    ),
    "nothing_to_stop": Text("现在没有在训练。", "Nothing is training right now."),
    "not_your_run": Text(
        "只有开始训练的人或群管理员能停止它。",
        "Only whoever started the run, or a group admin, can stop it.",
    ),
    "queue_full": Text(
        "现在排队训练的人太多了，过几分钟再试吧。",
        "Too many networks are waiting to train; try again in a few minutes.",
    ),
    "train_cooldown": Text(
        "刚训练过，{seconds} 秒内别再开始新的训练。",
        "You just trained one; wait {seconds} seconds before the next.",
    ),
    "too_long": Text(
        "⏹ 训练超过 {seconds} 秒，已停止（epoch {epoch}/{epochs}）。",
        "⏹ Training took over {seconds} seconds and was stopped (epoch {epoch}/{epochs}).",
    ),
    "diverged": Text(
        "💥 训练发散了（epoch {epoch} 出现 NaN/inf）。试试更小的学习率，比如 lr=0.05。",
        "💥 Training diverged (NaN/inf at epoch {epoch}). Try a smaller learning rate, e.g. lr=0.05.",
    ),
    "kept_old_network": Text(
        "之前学会的网络保留着，没被替换。",
        "The network this chat had learned is kept, not replaced.",
    ),
    "result_title": Text(
        "🧠 {gate} 网络：2-{hidden}-1，{activation}，{epochs} 个 epoch，lr={lr:g}",
        "🧠 {gate} network: 2-{hidden}-1, {activation}, {epochs} epochs, lr={lr:g}",
    ),
    "table_header": Text("A B | 目标 | 输出", "A B | target | output"),
    "final_error": Text("最终误差 {error:.6f}，{verdict}", "Final error {error:.6f}: {verdict}"),
    "learned": Text("学会了 ✅：{meaning}", "learned ✅: {meaning}"),
    "not_learned": Text(
        "还没学会 ❌（再训练一次或换个参数）",
        "not learned yet ❌ (train again or change the settings)",
    ),
    "meaning_xor": Text("恰好一个输入是 1 时它答 1", "it answers 1 when exactly one input is 1"),
    "meaning_and": Text("两个输入都是 1 时它答 1", "it answers 1 when both inputs are 1"),
    "meaning_or": Text("至少一个输入是 1 时它答 1", "it answers 1 when at least one input is 1"),
    "meaning_nand": Text("除非两个输入都是 1，否则它答 1", "it answers 1 unless both inputs are 1"),
    "meaning_xnor": Text("两个输入相同时它答 1", "it answers 1 when both inputs are the same"),
    "no_network": Text(
        "这个聊天还没有训练好的网络。先发 /xor 或 /train。",
        "This chat has no trained network yet. Send /xor or /train first.",
    ),
    "prediction": Text(
        "{gate} 网络：({a:g}, {b:g}) → {output:.4f}，取整为 {rounded}",
        "{gate} network: ({a:g}, {b:g}) → {output:.4f}, rounded {rounded}",
    ),
    "picture_caption": Text(
        "左：误差 E 随训练轮数 t 下降；右：网络对每个 A、B 的输出（红=1，蓝=0，黑线是 0.5）。",
        "Left: the error E falling with each round t of training; right: the network's output "
        "for every A and B (red = 1, blue = 0, the black line is 0.5).",
    ),
}


def say(key: str, lang: str, **values: object) -> str:
    """The bot's line `key` in `lang`, with `{placeholders}` filled in."""
    return CATALOGUE[key].format(lang, **values)
