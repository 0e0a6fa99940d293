"""Everything the bot says in its own words, in every language, in one place.

Routine texts live in the corpus and each command's help line lives with its declaration;
every other line any front end shows is here, under a key, so a new language or a reworded
line is one edit. `say(key, lang, **values)` is the only way to read it.

Each line is written in Simplified Chinese and English; `zh_hant` is written out for Taiwan
where word swaps on the conversion would not read as a Taiwanese writer writes (傳 /prank,
群組, 喔), and `zh_hk` in written Cantonese for Hong Kong (係、唔、嘅、咗), in the character
forms OpenCC's s2hk gives (裏, 着, 説; but 群, 戶, 搵, as Hong Kong types them, not 羣, 户, 揾). tests/test_voice.py holds both to it.
"""

from __future__ import annotations

from bot.i18n.language import Text

CATALOGUE: dict[str, Text] = {
    # -- welcome and help ----------------------------------------------------------------
    "welcome": Text(
        "你好，我是套路 🎭。我会问你一些问题，小心回答哦。\n发 /prank 开始，或者把我拉进群里整蛊朋友。",
        "Hi, I'm Taolu 🎭. I ask innocent-sounding questions. Careful how you answer.\n"
        "Send /prank to start, or add me to a group to prank your friends.",
        zh_hant=(
            "你好，我是套路 🎭。我會問你一些問題，回答要小心喔。\n"
            "傳 /prank 就開始，或是把我加進群組來整朋友。"
        ),
        zh_hk=(
            "你好，我係套路 🎭。我會問你啲問題，答嘅時候小心啲呀。\n"
            "發 /prank 就開始，或者拉我入群組整蠱吓你啲朋友。"
        ),
    ),
    # said once, in a group that has just added the bot (Engine.added): what it does, how to
    # prank a friend there, and /help for the rest
    "group_hello": Text(
        "大家好，我是套路 🎭。我专门问些看着很正经的问题，一不小心你就中招了。\n"
        "想整蛊朋友，就回复他的消息发 /prank，或者直接发 /prank @朋友。想看我还会什么，发 /help。",
        "Hi all, I'm Taolu 🎭. I ask innocent-sounding questions, and your answer is the joke.\n"
        "To prank a friend, reply to their message with /prank, or send /prank @friend. "
        "Send /help for more.",
        zh_hant=(
            "大家好，我是套路 🎭。我專門問一些看起來很正經的問題，一不小心就會上當喔。\n"
            "想整一下朋友，就回覆他的訊息再傳 /prank，或直接傳 /prank @朋友。其他功能傳 /help 看看。"
        ),
        zh_hk=(
            "大家好，我係套路 🎭。專門問啲睇落好正經嘅問題，一唔小心就中伏。\n"
            "想整蠱朋友，就回覆佢嘅訊息再發 /prank，或者直接發 /prank @朋友。想知我仲識做咩，發 /help 睇吓。"
        ),
    ),
    "help_title": Text(
        "我会这些：",
        "Here is what I can do:",
        zh_hant="我可以做這些事：",
        zh_hk="我識做呢啲嘢：",
    ),
    "group_howto": Text(
        "群里整蛊：回复朋友的消息发 /prank，或者 /prank @朋友。",
        "In groups: reply to a friend's message with /prank, or send /prank @friend.",
        zh_hant="在群組裡整人：回覆朋友的訊息並傳 /prank，或直接傳 /prank @朋友。",
        zh_hk="喺群組整蠱人：回覆朋友嘅訊息再發 /prank，或者發 /prank @朋友。",
    ),
    "gate_explained": Text(
        "“门”是一个小规则：两个 0/1 输入，一个 0/1 输出。XOR 在恰好一个输入是 1 时输出 1。",
        "A “gate” is a tiny rule: two 0/1 inputs, one 0/1 output. "
        "XOR answers 1 when exactly one input is 1.",
        zh_hant=(
            "「閘」（邏輯閘）是個小規則：兩個 0/1 輸入，"
            "一個 0/1 輸出。XOR 在剛好一個輸入是 1 時輸出 1。"
        ),
        zh_hk=(
            "「閘」（邏輯閘）係一條細規則：兩個 0/1 輸入，"
            "一個 0/1 輸出。XOR 就係淨係得一個輸入係 1 嘅時候輸出 1。"
        ),
    ),
    "unknown_command": Text(
        "我不认识 {command} 这个命令。发 /help 看看我会什么。",
        "I don't know {command}. Send /help to see what I can do.",
        zh_hant="我不認得 {command} 這個指令。傳 /help 看看我會做什麼吧。",
        zh_hk="我唔識 {command} 呢個指令。發 /help 睇吓我識做咩。",
    ),
    "unknown_command_meant": Text(
        "我不认识 {command} 这个命令。你是想发 {meant} 吗？",
        "I don't know {command}. Did you mean {meant}?",
        zh_hant="我不認得 {command} 這個指令。你是想傳 {meant} 嗎？",
        zh_hk="我唔識 {command} 呢個指令。你係咪想發 {meant}？",
    ),
    "nudge": Text(
        "想玩就发 /prank，想听段子发 /joke。",
        "Send /prank to play, or /joke for a one-liner.",
        zh_hant="想玩就傳 /prank，想聽笑話就傳 /joke。",
        zh_hk="想玩嘅話發 /prank，想聽笑話就發 /joke 啦。",
    ),
    # the nudge to a laugh alone, where no question waits (answering.answer): laughed along
    # with, after a /joke or with nothing before it alike
    "nudge_laughed": Text(
        "哈哈，开心就好。想听段子就发 /joke，想整蛊人就发 /prank。",
        "Ha, glad you're having fun. /joke for a one-liner, or /prank to play one on someone.",
        zh_hant="哈哈，開心就好。想聽笑話就傳 /joke，想整人就傳 /prank。",
        zh_hk="哈哈，開心就得㗎喇。想聽笑話就發 /joke，想整蠱人就發 /prank。",
    ),
    "asked_again": Text(
        "我再问一遍：",
        "Let me ask again:",
        zh_hant="我再問一次：",
        zh_hk="咁我再問多次：",
    ),
    # past MAX_IDLE_WAITS answers that said nothing yet, where the reveal is the prank: the
    # bot gives up, called off (a reveal there would score a fall nobody made)
    "stopped_waiting": Text(
        "好吧，不问了，下次再玩。",
        "Alright, I'll stop asking. Another time.",
        zh_hant="好啦，不問了，下次再玩。",
        zh_hk="算啦，唔問喇，下次再玩。",
    ),
    "group_only": Text(
        "这个命令只能在群里用。",
        "That command works in groups only.",
        zh_hant="這個指令只能在群組裡用喔。",
        zh_hk="呢個指令淨係可以喺群組用。",
    ),
    "private_only": Text(
        "这个命令只能私聊我用。",
        "That command works in a private chat only.",
        zh_hant="這個指令只能私訊我使用喔。",
        zh_hk="呢個指令要喺私訊入面先用得。",
    ),
    "slow_down": Text(
        "{name}，命令发得太快了，歇一会儿再来。",
        "{name}, that's a lot of commands. Take a breather.",
        zh_hant="{name}，指令傳得太快了啦，休息一下再來。",
        zh_hk="{name}，你發指令發得太快喇，唞一陣先再嚟。",
    ),
    # says who can, and how to ask them: the member wanted {name} (as /lang {code})
    "lang_admins_only": Text(
        "这个群的语言只有群管理员能改。想换成{name}，请管理员发 /lang {code} 就行。",
        "Only this group's admins can change its language. To switch to {name}, ask one of "
        "them to send /lang {code}.",
        zh_hant="這個群組的語言只有群組管理員可以改喔。想換成{name}，請管理員傳 /lang {code} 就可以了。",
        zh_hk="呢個群組嘅語言淨係群組管理員先可以改。想轉用{name}，搵個管理員打 /lang {code} 就得。",
    ),
    "chat_admins_only": Text(
        "在群里只有群管理员能这样做。",
        "In a group, only its admins can do that.",
        zh_hant="在群組裡只有群組管理員可以這樣做喔。",
        zh_hk="喺群組入面，淨係管理員先可以咁做。",
    ),
    "not_admin": Text(
        "这个命令只有管理员能用。",
        "Only the bot's admins can use this command.",
        zh_hant="這個指令只有管理員能用。",
        zh_hk="呢個指令淨係管理員先用得。",
    ),
    "text_please": Text(
        "我只看得懂文字哦，用文字回答吧。",
        "I only read text: answer in words, please.",
        zh_hant="我只看得懂文字喔，打字回答吧。",
        zh_hk="我淨係睇得明文字㗎，打字答我啦。",
    ),
    # "why do you ask", 你问这个干嘛 (rule "asked why"), reaching no answer: a friend says
    # "you'll see" and asks again, with no hint (the answer is not wrong: none was given).
    # 你 leads (你答了就知道): "答了你…" first reads "(I) answered you" (native24)
    # Where the reveal is the prank, an answer that is no attempt at the question (rule "no
    # answer, only noise", rule "another question's answer"): asked once more, saying why. The
    # question follows on the next line. Only one question waits: the line says no answer
    # was found, not "which question is this for" (哪道题, 邊條: native27).
    "no_attempt_nonsense": Text(
        "这一大串里我没看出你的答案。简单答一句就好：",
        "I can't find an answer in all that. A few words will do:",
        zh_hant="這一大串我看不出你的答案是什麼耶。簡單回一句就好：",
        zh_hk="你打咗一大堆嘢，我搵唔到你嘅答案喎。簡單答一句就得：",
    ),
    # 哈哈, lol, QAQ, asdfghjkl alone (rule "only a laugh, a face or a mash"): a friend says
    # that is no answer yet and asks for a real one. Not "a guess": most of these questions
    # ask no guess (你属什么的？你是不是最近胖了？准备好了吗？ ops29 played each: "认真猜一个嘛"
    # to 你属什么的 read as said to another question)
    "no_attempt_no_words": Text(
        "这个可不算答案哦，好好回答我嘛：",
        "That doesn't count as an answer. Give me a real one:",
        zh_hant="這樣不算答案喔，好好回答我嘛：",
        zh_hk="咁樣唔算答案㗎喎，好好哋答我啦：",
    ),
    "no_attempt_off_topic": Text(
        "这个像是别的题的答案哦。我问的是：",
        "That sounds like the answer to a different question. I asked:",
        zh_hant="這個好像是別題的答案喔。我問的是：",
        zh_hk="呢個似係第條問題嘅答案喎。我問緊嘅係：",
    ),
    "asked_why": Text(
        "你答了就知道啦，先答嘛。题目是：",
        "You'll see once you answer. Here it is again:",
        zh_hant="你回答了就知道囉，先答嘛。題目是：",
        zh_hk="你答咗就知㗎喇，答咗先啦。條問題係：",
    ),
    # the question handed back (你先说, "you first", 你猜): the asker asked first
    "handed_back": Text(
        "是我先问你的嘛，你先答。题目是：",
        "I asked you first! Your answer, please:",
        zh_hant="是我先問你的耶，你先回答嘛。題目是：",
        zh_hk="係我問你先㗎嘛，你答先啦。條問題係：",
    ),
    # Also the nudge after a hum alone (嗯, "hmm"). The question follows on the next line:
    # "还在：" before it reads cut short, and "The question stands" is a ruling's, not a
    # friend's (native24)
    "put_off": Text(
        "不急，我等你。题目还是这个：",
        "No rush, I'll wait. Here's the question again:",
        zh_hant="不急，我等你。題目還是這個：",
        zh_hk="唔急，我等你。條問題仲喺度：",
    ),
    "words_please": Text(
        "光发表情我看不懂，用文字回答吧：",
        "Emoji alone don't tell me your answer. In words, please:",
        zh_hant="只有表情符號我看不懂，用文字回答吧：",
        zh_hk="淨係得表情符號我睇唔明，打字答我啦：",
    ),
    "dots_please": Text(
        "光是一串点点点，我看不出你的答案，用文字回答吧：",
        "Just dots don't tell me your answer. In words, please:",
        zh_hant="只有一串點點點，我看不出你的答案，用文字回答吧：",
        zh_hk="得一串點點點，我睇唔出你答咩，打字答我啦：",
    ),
    "oops": Text(
        "哎呀，我这边出了点问题，请再试一次。",
        "Oops, something broke on my side. Please try again.",
        zh_hk="哎呀，我呢邊出咗啲問題，唔該再試多次。",
    ),
    "reloaded": Text(
        "语料已重新加载：{summary}",
        "Corpus reloaded: {summary}",
        zh_hk="語料重新載入咗：{summary}",
    ),
    "reload_failed": Text(
        "语料有问题，继续用原来的：\n{problems}",
        "The corpus has problems; keeping the old one:\n{problems}",
        zh_hant=("語料有問題，先繼續用原本的：\n{problems}"),
        zh_hk=("語料有問題，照用返原本嗰份：\n{problems}"),
    ),
    # -- languages -----------------------------------------------------------------------
    "lang_set": Text(
        "好的，以后说{name}。",
        "OK, {name} from now on.",
        zh_hant="好的，以後就說{name}囉。",
        zh_hk="好，之後就同你講{name}喇。",
    ),
    # After lang_set, where the chat was offered a routine that plays only in the language
    # switched to (Engine.lang): the command that plays it now
    "lang_offer_plays": Text(
        "刚才那个套路现在能玩了：发 {command}",
        "The one I offered plays in English now: send {command}",
        zh_hant="剛才那個套路現在可以玩了：傳 {command}",
        zh_hk="頭先嗰個套路而家玩得喇：發 {command}",
    ),
    # After lang_set, where a prank is open (Engine.lang): whether it carries on in the new
    # language (its routine is written in it) or, having no text in it, keeps its own lines
    # in the variety it was asked in (the bot's own lines follow the new choice)
    "lang_open_follows": Text(
        "正在玩的套路也接着用{name}。",
        "The prank already going carries on in {name} too.",
        zh_hant="正在玩的套路也會接著用{name}。",
        zh_hk="玩緊嗰個套路都會轉用{name}。",
    ),
    "lang_open_stays": Text(
        "正在玩的套路没有{name}版，题目和答案还是用{other}。",
        "The prank already going has no {name} version: its question and answer stay in {other}.",
        zh_hant="正在玩的套路沒有{name}版，題目和答案還是用{other}。",
        zh_hk="玩緊嗰個套路冇{name}版，題目同答案照用{other}。",
    ),
    "lang_usage": Text(
        "现在说的是{current}。可选：/lang zh（简体中文）、/lang zh-hant（繁體中文，台灣）、"
        "/lang zh-hk（廣東話，香港）、/lang en（English）；也可以写名字：/lang 粤语、/lang 台湾",
        "I'm speaking {current}. Choices: /lang zh (Simplified Chinese), /lang zh-hant "
        "(Traditional Chinese, Taiwan), /lang zh-hk (Cantonese, Hong Kong), /lang en (English); "
        "or by name: /lang cantonese, /lang taiwan",
        zh_hant=(
            "現在說的是{current}。可以選：/lang zh（簡體中文）、/lang zh-hant（繁體中文，台灣）、"
            "/lang zh-hk（廣東話，香港）、/lang en（English）；也可以打名字：/lang 台灣、/lang 粵語"
        ),
        zh_hk=(
            "而家講緊{current}。可以揀：/lang zh（簡體中文）、/lang zh-hant（繁體中文，台灣）、"
            "/lang zh-hk（廣東話，香港）、/lang en（English）；打名都得：/lang 廣東話、/lang 台灣"
        ),
    ),
    "lang_unknown": Text(
        "我不会“{name}”这种语言。可选：/lang zh（简体中文）、/lang zh-hant（繁體中文，台灣）、"
        "/lang zh-hk（廣東話，香港）、/lang en（English）",
        "I don't speak “{name}”. Choices: /lang zh (Simplified Chinese), /lang zh-hant "
        "(Traditional Chinese, Taiwan), /lang zh-hk (Cantonese, Hong Kong), /lang en (English)",
        zh_hant=(
            "我不會「{name}」這種語言。可以選：/lang zh（簡體中文）、/lang zh-hant（繁體中文，台灣）、"
            "/lang zh-hk（廣東話，香港）、/lang en（English）"
        ),
        zh_hk=(
            "我唔識「{name}」呢種語言。可以揀：/lang zh（簡體中文）、/lang zh-hant（繁體中文，台灣）、"
            "/lang zh-hk（廣東話，香港）、/lang en（English）"
        ),
    ),
    # Each language by the name its readers know it by: zh-hk is Cantonese, said so.
    "lang_name_zh": Text("简体中文", "Simplified Chinese", "簡體中文"),
    "lang_name_zh-hant": Text(
        "繁体中文（台湾）", "Traditional Chinese (Taiwan)", "繁體中文（台灣）"
    ),
    "lang_name_zh-hk": Text(
        "粤语（香港）",
        "Cantonese (Hong Kong)",
        "粵語（香港）",
        zh_hk="廣東話（香港）",
    ),
    "lang_name_en": Text("英文", "English"),
    # -- routines ------------------------------------------------------------------------
    "list_title": Text(
        "套路列表（/prank 名字 或 标题）：",
        "Routines (send /prank with an id or a title):",
        zh_hant="套路清單（/prank 加代號或標題）：",
        zh_hk="有呢啲套路（/prank 加代號或者標題）：",
    ),
    "list_plays_zh": Text("中文套路：", "Played in Chinese:"),
    "list_plays_en": Text("英文套路：", "Played in English:"),
    "did_you_mean": Text(
        "没有叫“{name}”的套路。你是想整蛊 @{name} 吗？那就发 /prank @{name}",
        "There is no routine called “{name}”. Did you mean @{name}? Then send /prank @{name}",
        zh_hant="沒有叫「{name}」的套路。你是想整 @{name} 嗎？那就傳 /prank @{name}",
        zh_hk=("冇一個套路叫「{name}」。你係咪想整蠱 @{name}？咁就發 /prank @{name}"),
    ),
    # /prank asked for a joke or a story (the lexicon's prank_asks_joke, prank_asks_story:
    # /prank 笑话), not a routine: the command that tells one (ops30c)
    "prank_asks_joke": Text(
        "想听笑话？发 /joke 就讲一个。/prank 是用来整蛊朋友的套路。",
        "Want a joke? Send /joke for one. /prank plays a prank routine on a friend.",
        zh_hant="想聽笑話？傳 /joke 就講一個給你聽。/prank 是拿來整朋友的套路。",
        zh_hk="想聽笑話？發 /joke 就講個你聽。/prank 係用嚟整蠱朋友嘅套路。",
    ),
    "prank_asks_story": Text(
        "想听故事？发 /story 就讲一个小故事。/prank 是用来整蛊朋友的套路。",
        "Want a story? Send /story for a short one. /prank plays a prank routine on a friend.",
        zh_hant="想聽故事？傳 /story 就講一個小故事給你聽。/prank 是拿來整朋友的套路。",
        zh_hk="想聽故事？發 /story 就講個小故事你聽。/prank 係用嚟整蠱朋友嘅套路。",
    ),
    "unknown_routine": Text(
        "没有叫“{name}”的套路。发 /list 看看有哪些。",
        "There is no routine called “{name}”. Send /list to see them all.",
        zh_hant="沒有叫「{name}」的套路。傳 /list 看看有哪些吧。",
        zh_hk="冇一個套路叫「{name}」。發 /list 睇吓有啲咩。",
    ),
    # No routine of that name, but some close to it (Engine._unknown: /prank 岁数), each listed
    # under this line as a /prank to send, then unknown_routine_list
    "unknown_routine_near": Text(
        "没有叫“{name}”的套路。你是不是想玩：",
        "There is no routine called “{name}”. Maybe you meant:",
        zh_hant="沒有叫「{name}」的套路。你是不是想玩：",
        zh_hk="冇一個套路叫「{name}」。你係咪想玩：",
    ),
    # Read under one routine as often as under three (/prank 属鸡, /prank heart attack list one),
    # so it asks after something else, not "none of these" (都不是, 都唔係: all of several: native26)
    "unknown_routine_list": Text(
        "想玩别的，就发 /list 看看全部。",
        "Something else? /list shows them all.",
        zh_hant="想玩別的，就傳 /list 看看全部吧。",
        zh_hk="想玩第啲，就發 /list 睇晒全部。",
    ),
    # A /prank that started nothing (no routine of that name, or which one?) while the last
    # one waits: the next words answer it, so it is named (newuser25: "/prank 生肖" found
    # nothing, then "我属猴" got the elephant routine's punchline). Said as a friend says it,
    # "you haven't answered it yet", not as the question waiting ("上一题还在等你回答", "仲喺度
    # 等緊你答", "is still waiting for your answer" read as translated: native25)
    "still_waiting": Text(
        "（上一题你还没回答呢：{question}）",
        "(You haven't answered the last one yet: {question})",
        zh_hant="（上一題你還沒回答喔：{question}）",
        zh_hk="（上一條你仲未答㗎：{question}）",
    ),
    # A /prank naming the routine whose question waits unanswered: asked again, not anew
    "same_one_waiting": Text(
        "（这题你还没回答呢，我再问一遍：）",
        "(You haven't answered this one yet. Here it is again:)",
        zh_hant="（這題你還沒回答喔，我再問一次：）",
        zh_hk="（呢條你仲未答㗎，我再問多次：）",
    ),
    # The same, in a group: the starter's /prank @friend naming the question that waits for
    # that friend, who is named at its head (ops28)
    "same_one_waiting_for": Text(
        "（这题还在等你回答呢，再问一遍：）",
        "(This one's still waiting for your answer. Here it is again:)",
        zh_hant="（這題還在等你回答喔，再問一次：）",
        zh_hk="（呢條仲等緊你答㗎，再問多次：）",
    ),
    # The same, where a guess at it got the hint: still open, not "unanswered" (ops29: it
    # told the punchline, scored the guess and asked the same question anew)
    "same_one_open": Text(
        "（这题还没完呢，我再问一遍：）",
        "(This one's still going. Here it is again:)",
        zh_hant="（這題還沒結束喔，我再問一次：）",
        zh_hk="（呢條仲未完㗎，再問多次：）",
    ),
    "same_one_open_for": Text(
        "（这题还没完，还等你回答呢，再问一遍：）",
        "(This one's still going, and still yours to answer. Here it is again:)",
        zh_hant="（這題還沒結束，還在等你回答喔，再問一次：）",
        zh_hk="（呢條仲未完，仲等緊你答㗎，再問多次：）",
    ),
    # said of a word several routines share and of a kind's name alike (/prank 表白, /prank
    # riddle: ops28), so it guesses at no mistake: "might be these" and "did you mean" read
    # as doubt about a name that is a kind (native28)
    "routine_choices": Text(
        "跟“{name}”有关的套路有好几个，你想玩哪个？",
        "“{name}” fits more than one routine. Which one would you like?",
        zh_hant="跟「{name}」有關的套路有好幾個，你想玩哪一個？",
        zh_hk="同「{name}」有關嘅套路有幾個，你想玩邊個？",
    ),
    # {command}: /list with the word typed, which lists every routine it fits (newuser28: a
    # bare /list listed all of them, the word forgotten)
    "routine_choices_more": Text(
        "……还有 {count} 个，发 {command} 看全部。",
        "…and {count} more: {command} shows them all.",
        zh_hant="……還有 {count} 個，傳 {command} 看全部吧。",
        zh_hk="……仲有 {count} 個，發 {command} 睇晒佢哋。",
    ),
    # /list WORD: the routines the word fits, each as the /prank that plays it
    "list_named": Text(
        "“{name}”对得上这些套路，发对应的 /prank 就能玩：",
        "“{name}” fits these routines; send one's /prank line to play it:",
        zh_hant="「{name}」對得上這些套路，傳對應的 /prank 就能玩：",
        zh_hk="「{name}」啱呢啲套路，發對應嘅 /prank 就玩得：",
    ),
    # Not every such routine is a pun (elephant-fridge, birds-on-tree): the line says only
    # that it needs its language.
    # {title} of plays_only_*: the routine's title in the reader's language, quoted, or, where
    # it has none there, plainly "this one" (a mainland reader saw “Overtaking in a race”)
    "quoted_title": Text("“{title}”", "“{title}”", zh_hant="「{title}」", zh_hk="「{title}」"),
    "untitled_routine": Text("这个套路", "This one", zh_hant="這個套路", zh_hk="呢個套路"),
    # A Chinese reader is told the Chinese word /prank takes for "anyway" (照玩, the
    # lexicon's anyway_words; alone, it takes the offer: ChatState.offer), not an English one (ops23). In Chinese the offer is an "if" before the
    # command (还想玩的话，发…), not English's question and then an order ("还是要玩？发…"
    # read as translated), and a routine is funny played in a language (用英文玩), not "in
    # English inside it" (在英文里: native23).
    "plays_only_zh": Text(
        "{title}只有用中文玩才好笑。还想玩的话，发 /prank {id} 照玩{tail}",
        "{title} only works in Chinese. Play it anyway? Send /prank {id} anyway{tail}",
        zh_hant="{title}要用中文玩才好笑。還是想玩的話，就傳 /prank {id} 照玩{tail}",
        zh_hk="{title}要用中文玩先至好笑。仲係想玩嘅話，就發 /prank {id} 照玩{tail}",
    ),
    "plays_only_en": Text(
        "{title}只有用英文玩才好笑。还想玩的话，发 /prank {id} 照玩{tail}",
        "{title} only works in English. Play it anyway? Send /prank {id} anyway{tail}",
        zh_hant="{title}要用英文玩才好笑。還是想玩的話，就傳 /prank {id} 照玩{tail}",
        zh_hk="{title}要用英文玩先至好笑。仲係想玩嘅話，就發 /prank {id} 照玩{tail}",
    ),
    # A name that fits several routines, none of which plays in the chat's language (ops29:
    # /prank love line in an English chat): said so, and /list, not a list of what needs
    # the other language. In English the name "fits" routines, as routine_choices says it;
    # "The routines for “love line”" and "the ones in English" read as translated (native29)
    "named_plays_only_zh": Text(
        "跟“{name}”有关的套路都只有中文版。发 /list 看看能用英文玩的。",
        (
            "Every routine that fits “{name}” only works in Chinese. "
            "/list shows the ones you can play in English."
        ),
        zh_hant="跟「{name}」有關的套路都只有中文版。傳 /list 看看能用英文玩的吧。",
        zh_hk="同「{name}」有關嘅套路淨係得中文版。發 /list 睇吓有邊啲用英文玩得。",
    ),
    "named_plays_only_en": Text(
        "跟“{name}”有关的套路都只有英文版。发 /list 看看能用中文玩的。",
        (
            "Every routine that fits “{name}” only works in English. "
            "/list shows the ones you can play in Chinese."
        ),
        zh_hant="跟「{name}」有關的套路都只有英文版。傳 /list 看看能用中文玩的吧。",
        zh_hk="同「{name}」有關嘅套路淨係得英文版。發 /list 睇吓有邊啲用中文玩得。",
    ),
    # The same offer for a prank link opened in a chat of the other language (newuser23: it
    # was played there with no word of why): its command opens the link again, so its owner
    # still hears how it went ({code}: the code the link opened with).
    "link_plays_only_zh": Text(
        "{title}只有用中文玩才好笑。还想玩的话，发 /start {code} 照玩",
        "{title} only works in Chinese. Play it anyway? Send /start {code} anyway",
        zh_hant="{title}要用中文玩才好笑。還是想玩的話，就傳 /start {code} 照玩",
        zh_hk="{title}要用中文玩先至好笑。仲係想玩嘅話，就發 /start {code} 照玩",
    ),
    "link_plays_only_en": Text(
        "{title}只有用英文玩才好笑。还想玩的话，发 /start {code} 照玩",
        "{title} only works in English. Play it anyway? Send /start {code} anyway",
        zh_hant="{title}要用英文玩才好笑。還是想玩的話，就傳 /start {code} 照玩",
        zh_hk="{title}要用英文玩先至好笑。仲係想玩嘅話，就發 /start {code} 照玩",
    ),
    "cancelled": Text(
        "好吧，这个套路取消了。",
        "OK, that prank is cancelled.",
        zh_hant="好吧，這個套路取消囉。",
        zh_hk="好啦，呢個套路取消咗。",
    ),
    # after "cancelled", where a hinted guess fell for a reveal that is the prank: the
    # punchline it counts for, told. Cantonese "still counts" is 一樣計㗎 in every such line:
    # 照計 reads "by rights" (照計佢應該到咗), not "it counts" (native28). Taiwan says it as it
    # talks, 剛剛 and 一樣算數喔 (its other lines end on 囉, 喔 too), in all four "that guess" lines: 剛才 ... 照樣算數
    # read as the mainland's written line in Traditional letters (native30)
    "tried_stands": Text(
        "（刚才那一猜已经中招了，照样算数。答案是：{reveal}）",
        "(That guess already walked into it, and it still counts. The answer: {reveal})",
        zh_hant="（剛剛那一猜已經中招了，一樣算數喔。答案是：{reveal}）",
        zh_hk="（頭先估嗰下已經中咗伏，一樣計㗎。答案係：{reveal}）",
    ),
    # after the punchline told to a refusal, where a hinted guess fell for it (redteam28)
    "tried_counts": Text(
        "（刚才那一猜已经中招了，照样算数。）",
        "(That guess already walked into it, and it still counts.)",
        zh_hant="（剛剛那一猜已經中招了，一樣算數喔。）",
        zh_hk="（頭先估嗰下已經中咗伏，一樣計㗎。）",
    ),
    "fall_stands": Text(
        "（{target} 刚才已经上当了，那一下照样算数。）",
        "({target} already fell for it partway through, and that still counts.)",
        zh_hant="（{target} 剛才已經上當了，那一下照樣算數。）",
        zh_hk="（{target} 頭先已經中咗伏，嗰下一樣計㗎。）",
    ),
    "fall_stands_you": Text(
        "（你刚才已经上当了，那一下照样算数。）",
        "(You already fell for it partway through, and that still counts.)",
        zh_hant="（你剛才已經上當了，那一下照樣算數。）",
        zh_hk="（你頭先已經中咗伏，嗰下一樣計㗎。）",
    ),
    "prank_the_bot": Text(
        "{name} 就是我呀，我可不能套路我自己。换个朋友吧：/prank @朋友",
        "{name} is me! I can't be my own victim. Pick a friend: /prank @friend",
        zh_hant="{name} 就是我啊，我總不能整我自己吧。換個朋友：/prank @朋友",
        zh_hk="{name} 就係我喎，我點整蠱自己呀。揀過個朋友啦：/prank @朋友",
    ),
    "prank_yourself": Text(
        "不能整你自己哦。回复朋友的消息发 /prank，或者发 /prank @朋友",
        "You can't prank yourself! Reply /prank to a friend's message, or send /prank @friend",
        zh_hant="不能整自己啦。回覆朋友的訊息傳 /prank，或是傳 /prank @朋友",
        zh_hk="唔可以整蠱自己㗎。回覆朋友嘅訊息打 /prank，或者打 /prank @朋友",
    ),
    # A /prank replying to a message an anonymous admin sent as the group (or a channel posted
    # in it): nobody in particular, so nobody to prank or score (ops29)
    "prank_not_a_person": Text(
        "这条消息是以群的名义发的，我不知道是谁。回复朋友自己发的消息发 /prank，或者发 /prank @朋友",
        "That message was sent as the group, so I can't tell who it's from. Reply /prank to a "
        "friend's own message, or send /prank @friend",
        zh_hant="這則訊息是用群組的名義發的，我不知道是誰。回覆朋友自己發的訊息傳 /prank，或是傳 /prank @朋友",
        zh_hk="呢條訊息係用群組個名發嘅，我唔知係邊個。回覆朋友自己發嘅訊息打 /prank，或者打 /prank @朋友",
    ),
    # An answer sent as the group (an anonymous admin) or as a channel: nobody to score (ops29)
    "answer_as_yourself": Text(
        "以群的名义答不算数哦，我不知道是谁在答。想玩就用自己的身份回答吧。",
        "Answers sent as the group don't count: I can't tell who's answering. Answer as "
        "yourself to play.",
        zh_hant="用群組的名義回答不算喔，我不知道是誰在答。想玩就用自己的身分回答吧。",
        zh_hk="用群組個名答唔計㗎，我唔知係邊個答。想玩就用返自己個身份答啦。",
    ),
    "nothing_to_cancel": Text(
        "你没有正在进行的套路。",
        "You have no prank running.",
        zh_hant="你現在沒有進行中的套路喔。",
        zh_hk="你而家冇套路玩緊。",
    ),
    "cancel_not_yours": Text(
        "这个套路是 {starter} 发起的，只有 {starter} 能取消。",
        "That prank is {starter}'s: only {starter}, who started it, can cancel it.",
        zh_hant="這個套路是 {starter} 發起的，只有 {starter} 能取消喔。",
        zh_hk="呢個套路係 {starter} 開嘅，淨係 {starter} 先可以取消。",
    ),
    "too_many": Text(
        "这个群里同时进行的套路太多了，先玩完几个吧。",
        "Too many pranks are running in this group; finish some first.",
        zh_hant="這個群組同時進行的套路太多了，先玩完幾個吧。",
        zh_hk="呢個群組同時玩緊太多套路喇，玩完幾個先啦。",
    ),
    "your_pranks_full": Text(
        "你已经有 {count} 个套路在等人回答了，先玩完或者 /cancel 一个吧。",
        "You already have {count} pranks waiting for answers; finish one or /cancel it first.",
        zh_hant=("你已經有 {count} 個套路在等人回答了，先玩完一個，或用 /cancel 取消一個吧。"),
        zh_hk="你已經有 {count} 個套路喺度等緊人答，玩完一個或者 /cancel 一個先啦。",
    ),
    "prank_cooldown": Text(
        "别急，{seconds} 秒后再发下一个套路。",
        "Easy there: wait {seconds} seconds before the next prank.",
        zh_hant="別急，{seconds} 秒後再傳下一個套路。",
        zh_hk="唔使急，{seconds} 秒之後再發下一個套路。",
    ),
    "prank_not_username": Text(
        "“@{name}”不是 Telegram 用户名（用户名只有英文字母、数字和下划线），我找不到这个人。"
        "回复他的消息发 /prank 就行。",
        '"@{name}" isn\'t a Telegram username (those are Latin letters, digits and _), so I'
        " can't find them. Reply to their message with /prank instead.",
        zh_hant="「@{name}」不是 Telegram 使用者名稱（只有英文字母、數字和底線），我找不到這個人。"
        "回覆他的訊息再傳 /prank 就好。",
        zh_hk="「@{name}」唔係 Telegram 用戶名稱（得英文字母、數字同底線），我搵唔到呢個人。"
        "回覆佢條訊息再發 /prank 就得。",
    ),
    "prank_who": Text(
        "整蛊谁？在 @ 后面写上朋友的用户名：/prank @朋友，或者回复他的消息发 /prank。",
        "Prank who? Put your friend's username after the @: /prank @friend, or reply to "
        "their message with /prank.",
        zh_hant="要整誰？在 @ 後面打上朋友的使用者名稱：/prank @朋友，或是回覆他的訊息再傳 /prank。",
        zh_hk="想整蠱邊個？喺 @ 後面打你朋友個用戶名稱：/prank @朋友，或者回覆佢條訊息再發 /prank。",
    ),
    "prank_one_at_a_time": Text(
        "一次只能整一个人。先整 @{first}：/prank @{first}",
        "One friend at a time. Start with @{first}: /prank @{first}",
        zh_hant="一次只能整一個人喔。先整 @{first}：/prank @{first}",
        zh_hk="一次淨係整蠱得一個人，先整 @{first} 啦：/prank @{first}",
    ),
    "private_target": Text(
        "整蛊朋友要在群里玩：把我拉进群，然后 /prank @朋友。",
        "Pranking a friend works in a group: add me to one, then /prank @friend.",
        zh_hant="要整朋友得在群組裡玩：把我加進群組，再傳 /prank @朋友。",
        zh_hk="整蠱朋友要喺群組玩：拉我入群組，然後發 /prank @朋友。",
    ),
    "not_for_you": Text(
        "嘘，这题是问 {target} 的，别抢答。",
        "Shh, that one is for {target}. No cutting in.",
        zh_hant="噓，這題是問 {target} 的，別搶答喔。",
        zh_hk="噓，呢題係問 {target} 嘅，唔好搶答。",
    ),
    "not_for_the_starter": Text(
        "这题是你出给 {target} 的，让 {target} 来答吧。",
        "You asked {target} this one: it's {target}'s to answer, not yours.",
        zh_hant="這題是你出給 {target} 的，讓 {target} 自己回答吧。",
        zh_hk="呢題係你出畀 {target} 嘅，等 {target} 自己答啦。",
    ),
    # The starter guessing at her own group prank (ops31, answering's `own_guess`): once per
    # prank, kindly; the prank keeps its deadline.
    "own_guess": Text(
        "（自己出的题自己猜不算分哦，也不会延长时间～题目留给朋友们，时间到就揭晓。）",
        "(Guessing at your own prank doesn't count and doesn't add time: it stays open for "
        "your friends until time's up.)",
        zh_hant="（自己出的題自己猜不算分喔，也不會延長時間～題目留給朋友們，時間到就揭曉。）",
        zh_hk="（自己出嘅題目自己估唔計分㗎，亦唔會加時～留返畀班朋友答，夠鐘就揭曉。）",
    ),
    # Rule "which question" (ops31, answering's `answer`): friends aim several pranks at one
    # member of a group at once, and she answers without replying to one of the questions.
    "which_question": Text(
        "有 {count} 个问题在等你回答，我分不清你答的是哪一个：请直接回复你要回答的那条问题。",
        "You have {count} questions waiting, and I can't tell which one this answers: reply "
        "to the question you mean to answer.",
        zh_hant="有 {count} 個問題在等你回答，我分不出你答的是哪一題：請直接回覆你要回答的那一題。",
        zh_hk="有 {count} 條問題等緊你答，我分唔到你答緊邊條：你想答邊條，就直接回覆嗰條問題啦。",
    ),
    "timeout": Text(
        "⏰ 时间到，没人回答。答案揭晓：",
        "⏰ Time's up, nobody answered. The answer:",
        zh_hant="⏰ 時間到，沒人回答。公布答案：",
        zh_hk="⏰ 夠鐘喇，冇人答。答案係：",
    ),
    # after a group's timeout line: whose prank, and the question (cut short) it answers
    "timeout_whose": Text(
        "（{by} 的套路：{question}）",
        "({by}'s prank: {question})",
        zh_hant="（{by} 的整人問題：{question}）",
        zh_hk="（{by} 出嘅整蠱題：{question}）",
    ),
    # the same, of a prank aimed at someone (who wandered off): named, a @username mentioned,
    # so the reveal reaches them too
    "timeout_whose_for": Text(
        "（{by} 给 {target} 下的套路：{question}）",
        "({by}'s prank on {target}: {question})",
        zh_hant="（{by} 給 {target} 出的整人問題：{question}）",
        zh_hk="（{by} 出畀 {target} 嘅整蠱題：{question}）",
    ),
    "timeout_partway": Text(
        "⏰ 时间到，这一题没人回答。答案揭晓：",
        "⏰ Time's up, nobody answered this one. The answer:",
        zh_hant="⏰ 時間到，這一題沒人回答。公布答案：",
        zh_hk="⏰ 夠鐘喇，呢條冇人答。答案係：",
    ),
    "timeout_fell": Text(
        "⏰ 时间到。半路上当的那一下照样算数。答案揭晓：",
        "⏰ Time's up. The fall on the way still counts. The answer:",
        zh_hant="⏰ 時間到。半路上當的那一下照樣算數。公布答案：",
        zh_hk="⏰ 夠鐘喇。半路中伏嗰下一樣計㗎。答案係：",
    ),
    # a timeout after a hinted guess where the reveal is the prank: that guess fell for it
    # (answering's `fell_by_trying`), and the reveal that follows is what it fell for
    "timeout_tried": Text(
        "⏰ 时间到。刚才那一猜已经中招了，照样算数。答案揭晓：",
        "⏰ Time's up. That guess already walked into it, and it counts. The answer:",
        zh_hant="⏰ 時間到。剛剛那一猜已經中招了，一樣算數喔。公布答案：",
        zh_hk="⏰ 夠鐘喇。頭先估嗰下已經中咗伏，一樣計㗎。答案係：",
    ),
    "got_you": Text(
        "🎭 {by} 套路了 {target}！",
        "🎭 {by} got {target}!",
        zh_hant="🎭 {by} 整到 {target} 了！",
        zh_hk="🎭 {by} 整蠱咗 {target}！",
    ),
    # A new /prank over one left open: the bracket says what became of the last one and closes,
    # then "New one:" introduces the question under it ("New one:)" inside read as a smiley, and
    # after a reveal ran its punchline into the next question: native30)
    "previous_dropped": Text(
        "（上一个套路先不玩了。）",
        "(That leaves the last one unanswered.) New one:",
        zh_hk="（上一個套路唔玩住。）",
    ),
    "previous_dropped_partway": Text(
        "（上一个套路还没答完，先不玩了。）",
        "(That leaves the last one unfinished.) New one:",
        zh_hant="（上一個套路還沒答完，先不玩了。）",
        zh_hk="（上一個套路未答完，唔玩住。）",
    ),
    "previous_dropped_fell": Text(
        "（上一个套路先不玩了，你半路上当的那一下照样算数。）",
        "(You fell for the last one partway through, and that still counts.) New one:",
        zh_hant="（上一個套路先不玩了，你半路上當的那一下照樣算數。）",
        zh_hk="（上一個套路唔玩住，你半路中伏嗰下一樣計㗎。）",
    ),
    # a new /prank after a hinted guess at the last one, where its reveal is the prank: "that
    # guess", not "your": in an open group prank the starter asking again guessed nothing
    "previous_dropped_tried": Text(
        "（上一个套路先不玩了。刚才那一猜已经中招了，照样算数。答案是：{reveal}）",
        "(Leaving the last one there: that guess walked right into it, and it counts."
        " The answer: {reveal}) New one:",
        zh_hant="（上一個套路先不玩了。剛剛那一猜已經中招了，一樣算數喔。答案是：{reveal}）",
        zh_hk="（上一個套路唔玩住。頭先估嗰下已經中咗伏，一樣計㗎。答案係：{reveal}）",
    ),
    "saw_through": Text(
        "你早就知道这个套路了吧，没骗到你。",
        "You knew this one. No fooling you.",
        zh_hant="你早就知道這招了吧，騙不到你。",
        zh_hk="你一早識呢招啦，呃唔到你。",
    ),
    # An answer that sees through the trick, reached only by taking a fall back ("三毛，不对不对，
    # 是小明"): not "at a glance" (verdicts20hans, a new user's play)
    "caught_in_time": Text(
        "差一点就上当了！好在改口改得快，算你过关。",
        "Nearly had you! Good save, that one counts.",
        zh_hant="差一點就上當了！還好你改口改得快，算你過關。",
        zh_hk="差啲就中伏喇！好彩你改口改得快，當你過關啦。",
    ),
    # Rule "a tease of a friend's try" (bot/conversation/answering.py `teased_after_a_try`): in
    # a group, "lol nice try" at a friend's hinted guess is no answer: the question is still
    # theirs to answer too; at a friend's fall on the way, the next question is the faller's
    "teased_try": Text(
        "还笑 {target} 呢？那是 {target} 猜的，不算你的。你自己的答案呢？",
        "Laughing at {target}? That was {target}'s guess, not yours. What's your own answer?",
        zh_hant="在笑 {target} 喔？那是 {target} 猜的，不算你的。你自己的答案呢？",
        zh_hk="笑緊 {target} 呀？嗰個係 {target} 估嘅，唔計你㗎。你自己個答案係咩？",
    ),
    "teased_fall": Text(
        "哈哈，{target} 真的中招了。下一题轮到 {target} 来答哦。",
        "Ha, {target} fell for it all right. The next question is {target}'s.",
        zh_hant="哈哈，{target} 真的中招了。下一題輪到 {target} 回答喔。",
        zh_hk="哈哈，{target} 真係中咗伏。下一條輪到 {target} 答㗎。",
    ),
    "saw_through_note": Text(
        "👀 {target} 识破了 {by} 的套路！",
        "👀 {target} saw through {by}'s prank!",
        zh_hant="👀 {target} 識破了 {by} 的把戲！",
        zh_hk="👀 {target} 睇穿咗 {by} 嘅把戲！",
    ),
    # -- the playground (its own commands, listed by its /help after the bot's) ------------
    "playground_banner": Text(
        "套路游乐场：这是你和机器人的私聊，退出后什么都不记得。发 /help 看看；"
        "换语言：/lang zh（简体）、zh-hant（台灣）、zh-hk（廣東話）、en（English）；Ctrl-D 退出。"
        "在这里你是机器人的管理员（可以用 /reload，也可以在 /new 里放链接和 @），用 /as 扮成的人不是。",
        "Taolu playground: your private chat with the bot, forgotten when you quit. /help "
        "lists what you can do; /lang switches language: zh (Simplified Chinese), zh-hant "
        "(Taiwan), zh-hk (Cantonese), en (English); Ctrl-D quits. You are the bot's admin "
        "here (/reload, links and @mentions in /new); whoever you speak as with /as is not.",
        zh_hant=(
            "套路遊樂場：這是你和機器人的私人對話，離開後什麼都不會記得。傳 /help 看看；"
            "換語言：/lang zh（簡體）、zh-hant（台灣）、zh-hk（廣東話）、en（English）；Ctrl-D 離開。"
            "在這裡你是機器人的管理員（可以用 /reload，也能在 /new 裡放連結和 @），用 /as 扮演的人不是。"
        ),
        zh_hk=(
            "套路遊樂場：呢度係你同機械人嘅私人對話，走咗之後乜都唔會記得。發 /help 睇吓；"
            "轉語言：/lang zh（簡體）、zh-hant（台灣）、zh-hk（廣東話）、en（English）；Ctrl-D 離開。"
            "喺度你係機械人嘅管理員（可以用 /reload，喺 /new 入面放連結同 @），用 /as 扮嘅人就唔係。"
        ),
    ),
    "playground_help": Text(
        "游乐场：/group [群名] 进入假群；/as 名字 换人说话（私聊里就换到那人的私聊）；"
        "/private 回到私聊；/reply 编号 文字（或 >编号 文字）回复某条消息；"
        "/open 链接码 打开整蛊链接；/press 编号 按钮号 按下某条消息下的按钮；"
        "/wait 等正在进行的事做完；Ctrl-D 退出",
        "Playground: /group [name] a pretend group; /as NAME speak as someone else (out of a "
        "group: in their private chat); /private back to a private chat; /reply N text (or >N "
        "text) reply to message [N]; /open CODE open a prank link; /press N K press button (K) "
        "under message [N]; /wait wait for what is running; Ctrl-D quits",
        zh_hant=(
            "遊樂場：/group [群組名稱] 進入假群組；/as 名字 換人說話（在私人對話裡就換到那個人的私人對話）"
            "；/private 回到私人對話；/reply 編號 文字（或 >編號 文字）"
            "回覆某則訊息；/open 連結碼 打開惡作劇連結；"
            "/press 編號 按鈕號 按下某則訊息下的按鈕；"
            "/wait 等進行中的事做完；Ctrl-D 離開"
        ),
        zh_hk=(
            "遊樂場：/group [群組名] 入一個假群組；/as 名 轉做第個人講嘢（喺私人對話就轉去嗰個人嘅私人對話）"
            "；/private 返去私人對話；/reply 編號 文字（或者 >編號 文字）"
            "回覆某條訊息；/open 連結碼 打開整蠱連結；"
            "/press 編號 掣號 撳某條訊息下面嘅掣；"
            "/wait 等做緊嘅嘢做完；Ctrl-D 離開"
        ),
    ),
    # The playground's own status lines, shown in parentheses (bot/console/playground.py):
    # they follow the chat's language as the bot's lines do (newuser30: English in a 粤语 chat).
    "playground_no_message": Text(
        "这个聊天里没有第 [{number}] 条消息可以回复：/reply 编号 文字",
        "no message [{number}] to reply to in this chat: /reply N text",
        zh_hant="這個對話裡沒有第 [{number}] 則訊息可以回覆：/reply 編號 文字",
        zh_hk="呢個對話入面冇第 [{number}] 條訊息可以回覆：/reply 編號 文字",
    ),
    "playground_as_private_yours": Text(
        "现在是 {name}，在你和机器人的私聊里",
        "now {name}, in your private chat with the bot",
        zh_hant="現在是 {name}，在你和機器人的私人對話裡",
        zh_hk="而家係 {name}，喺你同機械人嘅私人對話度",
    ),
    "playground_as_private_theirs": Text(
        "现在是 {name}，在他和机器人的私聊里",
        "now {name}, in their private chat with the bot",
        zh_hant="現在是 {name}，在他和機器人的私人對話裡",
        zh_hk="而家係 {name}，喺佢同機械人嘅私人對話度",
    ),
    "playground_as_no_username": Text(
        "现在以 {name} 的身份说话，他没有 Telegram 用户名：要整蛊他，就回复他的消息，/reply 编号 /prank",
        "now speaking as {name}, who has no Telegram username: to prank them, reply to their "
        "message, /reply N /prank",
        zh_hant=(
            "現在用 {name} 的身分說話，他沒有 Telegram 使用者名稱：要整他，"
            "就回覆他的訊息，/reply 編號 /prank"
        ),
        zh_hk=(
            "而家用 {name} 嘅身份講嘢，佢冇 Telegram 用戶名：要整蠱佢，"
            "就回覆佢嘅訊息，/reply 編號 /prank"
        ),
    ),
    "playground_as": Text(
        "现在以 {name} 的身份说话",
        "now speaking as {name}",
        zh_hant="現在用 {name} 的身分說話",
        zh_hk="而家用 {name} 嘅身份講嘢",
    ),
    "playground_in_group": Text(
        "进入群聊“{group}”；/as 名字 换成别人说话",
        "in the group “{group}”; /as NAME speaks as someone else",
        zh_hant="進入群組「{group}」；/as 名字 換成別人說話",
        zh_hk="入咗群組「{group}」；/as 名字 轉做第個人講嘢",
    ),
    "playground_private_yours": Text(
        "回到你和机器人的私聊",
        "in your private chat with the bot",
        zh_hant="回到你和機器人的私人對話",
        zh_hk="返到你同機械人嘅私人對話",
    ),
    "playground_private_theirs": Text(
        "回到 {name} 和机器人的私聊",
        "in {name}'s private chat with the bot",
        zh_hant="回到 {name} 和機器人的私人對話",
        zh_hk="返到 {name} 同機械人嘅私人對話",
    ),
    "playground_no_reply": Text(
        "没有回复：在群里机器人只回应命令，以及回答它问题的消息",
        "no reply: in a group the bot only answers commands and replies to its questions",
        zh_hant="沒有回覆：在群組裡機器人只回應指令，還有回答它問題的訊息",
        zh_hk="冇回覆：喺群組入面機械人淨係理指令，同埋答佢問題嘅訊息",
    ),
    "playground_no_button": Text(
        "没有这个按钮：/press 编号 按钮号 按下这个聊天里第 [编号] 条消息下的第 (按钮号) 个按钮",
        "no such button: /press N K presses button (K) under message [N] of this chat",
        zh_hant="沒有這個按鈕：/press 編號 按鈕號 按下這個對話第 [編號] 則訊息下的第 (按鈕號) 個按鈕",
        zh_hk="冇呢個掣：/press 編號 掣號 撳呢個對話第 [編號] 條訊息下面第 (掣號) 個掣",
    ),
    "playground_inline_key": Text(
        "在 Telegram 上这会打开你的聊天列表，用内联方式发出“{query}”",
        "on Telegram this opens your chats, to post “{query}” inline",
        zh_hant="在 Telegram 上這會打開你的聊天列表，用內嵌方式傳出「{query}」",
        zh_hk="喺 Telegram 呢個會打開你嘅對話清單，用內嵌方式發「{query}」",
    ),
    "playground_keys_change": Text(
        "[{number}] 下面的按钮变了",
        "the buttons under [{number}] changed",
        zh_hant="[{number}] 下面的按鈕變了",
        zh_hk="[{number}] 下面啲掣變咗",
    ),
    "playground_keys": Text("按钮", "buttons", zh_hant="按鈕", zh_hk="掣"),
    "playground_told": Text(
        "📬 发给 {name} 的私信：",
        "📬 to {name}: ",
        zh_hant="📬 給 {name} 的私訊：",
        zh_hk="📬 畀 {name} 嘅私訊：",
    ),
    # -- prank links ---------------------------------------------------------------------
    "link_made": Text(
        "🔗 你的整蛊链接（{title}）：\n{url}\n发给谁都行：谁打开谁中招，结果我私聊告诉你。"
        "{days} 天内有效，最多 {plays} 次。",
        "🔗 Your prank link ({title}):\n{url}\nPost it anywhere: whoever opens it gets "
        "pranked, and I'll tell you here how it went. Valid {days} days, {plays} plays.",
        zh_hant=(
            "🔗 你的惡作劇連結（{title}）：\n"
            "{url}\n"
            "傳給誰都可以：誰點開誰中招，結果我會私訊告訴你。"
            "{days} 天內有效，最多 {plays} 次。"
        ),
        zh_hk=(
            "🔗 你嘅整蠱連結（{title}）：\n"
            "{url}\n"
            "隨便傳畀邊個都得：邊個撳開邊個中伏，結果我私訊話你知。"
            "{days} 日內有效，最多玩 {plays} 次。"
        ),
    ),
    "link_stale": Text(
        "这个整蛊链接已经过期、用完了，或者根本不存在，所以什么也没开始。想玩就发 /prank。",
        "That prank link has expired, been used up or never existed, so nothing has started. "
        "Send /prank for a prank.",
        zh_hant="這個惡作劇連結已經過期、用完了，或者根本不存在，所以什麼也沒開始。想玩就傳 /prank。",
        zh_hk="呢條整蠱連結過咗期、用晒，或者根本唔存在，所以乜都冇開始。想玩就發 /prank。",
    ),
    "links_full": Text(
        "你已经有 {max} 个还有效的整蛊链接了，够多啦。等旧的过期（{days} 天）再来做新的吧，"
        "发 /links 看看它们的战果。",
        "You already have {max} live prank links, which is plenty. New ones once the old "
        "expire ({days} days); /links shows how they are doing.",
        zh_hant=(
            "你已經有 {max} 個還有效的惡作劇連結了，夠多了喔。等舊的過期（{days} 天）再做新的吧，"
            "傳 /links 看看它們的戰果。"
        ),
        zh_hk=(
            "你已經有 {max} 條仲有效嘅整蠱連結，夠晒數喇。等舊嗰啲過咗期（{days} 日）先再整新嘅啦，"
            "發 /links 睇吓佢哋嘅戰果。"
        ),
    ),
    "no_links": Text(
        "你还没有整蛊链接。发 /link 做一个。",
        "You have no prank links yet. Send /link to make one.",
        zh_hant="你還沒有惡作劇連結喔。傳 /link 做一個吧。",
        zh_hk="你仲未有整蠱連結，發 /link 整一條嚟玩啦。",
    ),
    "links_title": Text(
        "你的整蛊链接：",
        "Your prank links:",
        zh_hk="你嘅整蠱連結：",
    ),
    # {plays} counts opens (one person opening it twice is two), not people: worded so
    "links_open": Text(
        "• {title}（{code}）：被打开 {plays} 次（最多 {max} 次）",
        "• {title} ({code}): opened {plays} of {max} times",
        zh_hant="• {title}（{code}）：被點開 {plays} 次（最多 {max} 次）",
        zh_hk="• {title}（{code}）：畀人撳開咗 {plays} 次（最多 {max} 次）",
    ),
    # A link's routine gone from the corpus since (a /reload): said so, not its id (ops23).
    "links_routine_gone": Text(
        "已下架的套路",
        "A routine that's been taken down",
        zh_hant="已下架的套路",
        zh_hk="已經落咗架嘅套路",
    ),
    "links_expired": Text(
        "• {title}（{code}）：已过期，被打开过 {plays} 次",
        "• {title} ({code}): expired; times opened: {plays}",
        zh_hant="• {title}（{code}）：已過期，被點開過 {plays} 次",
        zh_hk="• {title}（{code}）：過咗期，畀人撳開過 {plays} 次",
    ),
    "link_own": Text(
        "这是你自己的整蛊链接：你自己玩一下试试，不算次数，也不会有战果报告。",
        "This is your own prank link: try it out. It counts as no play, and there's no result"
        " to report.",
        zh_hant="這是你自己的惡作劇連結：自己玩玩看，不算次數，也不會有戰果回報喔。",
        zh_hk="呢條係你自己嘅整蠱連結：你自己玩吓試吓，唔計次數，亦唔會有戰果報告。",
    ),
    "link_report": Text(
        "🔗 你的链接“{title}”：{line}",
        "🔗 Your link “{title}”: {line}",
        zh_hk="🔗 你嘅連結「{title}」：{line}",
    ),
    "link_result_fell": Text(
        "{who} 答了“{answer}”，中招了 🎭",
        "{who} answered “{answer}” and fell for it 🎭",
        zh_hk="{who} 答咗「{answer}」，中伏喇 🎭",
    ),
    "link_result_dodged": Text(
        "{who} 答了“{answer}”，没上当",
        "{who} answered “{answer}” and saw through it",
        zh_hant="{who} 答了「{answer}」，沒中招",
        zh_hk="{who} 答咗「{answer}」，冇中伏",
    ),
    "link_result_silent": Text(
        "{who} 没有回答",
        "{who} never answered",
        zh_hk="{who} 一直冇答",
    ),
    "link_result_left": Text(
        "{who} 还没回答就不玩了",
        "{who} stopped before answering",
        zh_hant="{who} 還沒回答就不玩了",
        zh_hk="{who} 未答就唔玩喇",
    ),
    "link_result_partway": Text(
        "{who} 答了几题，没答完就不玩了",
        "{who} answered part of it, then stopped",
        zh_hant="{who} 答了幾題，沒答完就不玩了",
        zh_hk="{who} 答咗幾條，未答完就唔玩喇",
    ),
    "link_result_again": Text(
        "{who} 还没玩完，又重新打开了链接",
        "{who} opened the link again before finishing",
        zh_hant="{who} 還沒玩完，又重新點開了連結",
        zh_hk="{who} 未玩完，又再撳開咗條連結",
    ),
    "link_result_fell_early": Text(
        "{who} 半路就中招了 🎭",
        "{who} fell for it on the way 🎭",
        zh_hant="{who} 半路就中招了 🎭",
        zh_hk="{who} 半路已經中咗伏 🎭",
    ),
    # a hinted guess, then no other attempt (quiet, noise, a refusal): that guess fell for it
    "link_result_fell_tried": Text(
        "{who} 猜了一下就没再猜，那一猜已经中招了 🎭",
        "{who} had one guess, then stopped guessing: that guess fell for it 🎭",
        zh_hant="{who} 猜了一下就沒再猜，那一猜已經中招了 🎭",
        zh_hk="{who} 估咗一下就冇再估，嗰下已經中咗伏 🎭",
    ),
    "link_result_refused": Text(
        "{who} 答了“{answer}”，不肯玩",
        "{who} answered “{answer}” and would not play",
        zh_hk="{who} 答咗「{answer}」，唔肯玩",
    ),
    "link_result_other": Text(
        "{who} 答了“{answer}”，答案已揭晓",
        "{who} answered “{answer}” and was told the answer",
        zh_hk="{who} 答咗「{answer}」，答案已經揭曉咗",
    ),
    # -- stats ---------------------------------------------------------------------------
    "stats_title": Text(
        "本群套路榜",
        "This group's prank board",
        zh_hant="本群組整人排行榜",
        zh_hk="呢個群組嘅整蠱榜",
    ),
    "stats_pranksters": Text(
        "最会套路：",
        "Pranked most:",
        zh_hant="最會整人：",
        zh_hk="最識整蠱人：",
    ),
    "stats_fooled": Text(
        "最常上当：",
        "Fell for it most:",
        zh_hk="最易中伏：",
    ),
    "stats_sharp": Text(
        "火眼金睛（识破套路）：",
        "Sharp eye (saw through it):",
        zh_hant="火眼金睛（識破把戲）：",
        zh_hk="火眼金睛（睇穿把戲）：",
    ),
    # A row of the group's board: a count, as the private record says it (newuser25: the
    # Chinese board read "1. 老李: 1", an English colon and a bare number)
    "stats_row": Text(
        "  {rank}. {name}：{count} 次",
        "  {rank}. {name}: {count}",
    ),
    "stats_empty": Text(
        "还没有人被套路过。发 /prank 开始吧。",
        "Nobody has been pranked yet. Send /prank.",
        zh_hant="還沒有人上當過。傳 /prank 開始吧。",
        zh_hk="仲未有人畀人整蠱過。發 /prank 開始啦。",
    ),
    # -- inline mode ---------------------------------------------------------------------
    "inline_other": Text(
        "🤷 别的",
        "🤷 Something else",
        zh_hant="🤷 其他",
        zh_hk="🤷 第啲",
    ),
    "inline_tapped": Text(
        "{name} 答：{answer}",
        "{name} answered: {answer}",
        zh_hant="{name} 回答：{answer}",
        zh_hk="{name} 答咗：{answer}",
    ),
    "inline_got": Text(
        "🎭 {name} 被套路了！",
        "🎭 {name} got pranked!",
        zh_hk="🎭 {name} 中咗伏！",
    ),
    "button_expired": Text(
        "这个按钮已经失效了。",
        "This button has expired.",
        zh_hk="呢個掣已經失效咗。",
    ),
    "inline_revealed": Text(
        "这个套路已经揭晓了。",
        "This prank has already been revealed.",
        zh_hk="呢個套路已經揭咗盅。",
    ),
    "share": Text(
        "🎭 用这个套路整蛊朋友",
        "🎭 Prank a friend with this",
        zh_hant="🎭 用這個套路整朋友",
        zh_hk="🎭 用呢個套路整蠱吓朋友",
    ),
    # -- buttons under the bot's messages ------------------------------------------------
    "button_another_joke": Text(
        "😂 再来一个",
        "😂 Another one",
        zh_hk="😂 再嚟一個",
    ),
    "button_another_story": Text(
        "📖 再讲一个",
        "📖 Another story",
        zh_hant="📖 再說一個",
        zh_hk="📖 再講多個畀我聽",
    ),
    "button_another_prank": Text(
        "🎲 再来一个套路",
        "🎲 Another prank",
        zh_hk="🎲 再嚟一個套路",
    ),
    "button_your_turn": Text(
        "🎭 轮到你了：拿这个去整蛊别人",
        "🎭 Your turn: prank someone with this",
        zh_hant="🎭 換你了：拿這個去整別人",
        zh_hk="🎭 輪到你：攞呢個去整蠱第個",
    ),
    # -- a private /stats: your own record -----------------------------------------------
    "record_title": Text(
        "🎭 你的战绩（所有聊天里）",
        "🎭 Your record (in every chat)",
        zh_hant="🎭 你的戰績（所有對話裡）",
        zh_hk="🎭 你喺所有對話入面嘅戰績",
    ),
    "record_pulled": Text(
        "成功套路别人：{count} 次",
        "Pranks you pulled: {count}",
        zh_hant="成功整到別人：{count} 次",
        zh_hk="成功整蠱咗人：{count} 次",
    ),
    "record_fell": Text(
        "自己上当：{count} 次",
        "Times you fell for one: {count}",
        zh_hk="自己中咗伏：{count} 次",
    ),
    "record_saw_through": Text(
        "识破套路：{count} 次",
        "Times you saw through one: {count}",
        zh_hant="識破把戲：{count} 次",
        zh_hk="睇穿咗把戲：{count} 次",
    ),
    "record_streak": Text(
        "连续识破：{count} 次（最多 {best} 次）",
        "Saw through in a row: {count} (best {best})",
        zh_hant="連續識破：{count} 次（最多 {best} 次）",
        zh_hk="連續睇穿咗：{count} 次（最多 {best} 次）",
    ),
    "record_rank": Text(
        "称号：{title}",
        "Title: {title}",
        zh_hk="你嘅稱號：{title}",
    ),
    # English calls the new one a rookie: "Title: Fresh" read as slang for cool (native25)
    "rank_fresh": Text(
        "🐣 新手上路",
        "🐣 Rookie",
        zh_hk="🐣 啱啱入門",
    ),
    "rank_wise": Text(
        "👀 开始长心眼",
        "👀 Getting wise",
        zh_hant="👀 開始學乖了",
        zh_hk="👀 開始識睇穿",
    ),
    "rank_sharp": Text(
        "🦅 火眼金睛",
        "🦅 Sharp eye",
        zh_hk="🦅 火眼金睛，乜都睇得穿",
    ),
    "rank_unfoolable": Text(
        "🛡 百毒不侵",
        "🛡 Unfoolable",
        zh_hk="🛡 百毒不侵，冇人呃得到",
    ),
    # -- the network lab -----------------------------------------------------------------
    "train_usage": Text(
        "用法：/train [门] [epochs=N] [lr=X] [hidden=N] [activation=tanh|sigmoid|relu|linear]\n"
        "门：{gates}；epochs {epochs}，lr {lr}，hidden {hidden}。停止训练：/train stop",
        "Usage: /train [gate] [epochs=N] [lr=X] [hidden=N] "
        "[activation=tanh|sigmoid|relu|linear]\n"
        "Gates: {gates}; epochs {epochs}, lr {lr}, hidden {hidden}. To stop: /train stop",
        zh_hant=(
            "用法：/train [閘] [epochs=N] [lr=X] [hidden=N] "
            "[activation=tanh|sigmoid|relu|linear]\n"
            "閘：{gates}；epochs {epochs}，lr {lr}，hidden {hidden}。"
            "停止訓練：/train stop"
        ),
        zh_hk=(
            "用法：/train [閘] [epochs=N] [lr=X] [hidden=N] [activation=tanh|sigmoid|relu|linear]\n"
            "閘：{gates}；epochs {epochs}，lr {lr}，hidden {hidden}。"
            "想停嘅話發 /train stop"
        ),
    ),
    # /xor given words after it: it takes none (a new user's "/xor hello" was ignored)
    "xor_usage": Text(
        "/xor 后面不用加东西，直接发 /xor 就行。想自己调参数，请用 /train，比如 /train xor hidden=3。",
        "/xor doesn't take anything after it: just send /xor on its own. To choose your own "
        "settings, use /train, e.g. /train xor hidden=3.",
        zh_hant=(
            "/xor 後面不用加東西，直接傳 /xor 就好。想自己設定參數的話，請用 /train，"
            "例如 /train xor hidden=3。"
        ),
        zh_hk=(
            "/xor 後面唔使加嘢，淨係發 /xor 就得喇。想自己調參數，就用 /train，"
            "例如 /train xor hidden=3。"
        ),
    ),
    "lab_terms": Text(
        "epoch（训练轮数）：把四个例子各看一遍，按误差调整一次权重。\n"
        "lr（学习率）：每次调整的步子多大；太大会跨过答案，太小半天走不到。\n"
        "hidden（隐藏神经元）：输入和输出之间有几个神经元；每个神经元画一条直线。\n"
        "activation（激活函数）：神经元怎样把它的直线掰弯（tanh、sigmoid、relu）；linear 不弯。\n"
        "例子：/train xor hidden=1 看看它为什么学不会。",
        "epoch: one pass over the four examples, nudging the weights once by the error.\n"
        "lr (learning rate): how big each nudge is; too big jumps over the answer, too small "
        "crawls.\n"
        "hidden: how many neurons sit between the inputs and the output; each draws one "
        "straight line.\n"
        "activation: how a neuron bends its line (tanh, sigmoid, relu); linear doesn't bend.\n"
        "Try /train xor hidden=1 and see why it can't learn.",
        zh_hant=(
            "epoch（訓練輪數）：把四個例子各看一遍，依照誤差調整一次權重。\n"
            "lr（學習率）：每次調整的幅度多大；太大會跨過答案，太小走老半天也走不到。\n"
            "hidden（隱藏神經元）：輸入和輸出之間有幾個神經元；每個神經元畫一條直線。\n"
            "activation（激勵函數）：神經元怎麼把它的直線彎成曲線（tanh、sigmoid、relu）；"
            "linear 不彎。\n"
            "例子：/train xor hidden=1 看看它為什麼學不會。"
        ),
        zh_hk=(
            "epoch（訓練輪數）：將四個例子逐個睇一次，跟住誤差調一次權重。\n"
            "lr（學習率）：每次調整嘅步有幾大；太大會跨過個答案，太細就行極都未到。\n"
            "hidden（隱藏神經元）：輸入同輸出之間有幾多個神經元；每個神經元畫一條直線。\n"
            "activation（激勵函數）：神經元點樣將佢條直線屈彎（tanh、sigmoid、relu）；linear 唔會彎。\n"
            "例子：/train xor hidden=1 睇吓佢點解學唔識。"
        ),
    ),
    # The article by its real title, in English in every language (it has no Chinese one),
    # glossed in Chinese.
    "lab_origin": Text(
        "整蛊机器人为什么有神经网络？套路诞生的那个网页上，整蛊套路旁边是 Omar Aflak 的文章"
        "“Math Neural Network from scratch in Python”（从数学讲起，用 Python 从零写一个神经网络），"
        "机器人就把那个网络也带上了。",
        "Why does a prank bot have a neural network? The web page Taolu grew from had Omar "
        "Aflak's article “Math Neural Network from scratch in Python” next to its prank lines, "
        "so the bot carries that network too.",
        zh_hant=(
            "惡作劇機器人為什麼有神經網路？套路誕生的那個網頁上，惡作劇套路旁邊是 Omar Aflak 的文章"
            "「Math Neural Network from scratch in Python」（從數學講起，用 Python 從零寫一個神經網路），"
            "所以機器人也把那個網路帶上了。"
        ),
        zh_hk=(
            "整蠱機械人點解會有神經網絡？套路出世嗰個網頁，喺整蠱套路隔籬有 Omar Aflak 篇文章"
            "「Math Neural Network from scratch in Python」（由數學講起，用 Python 由零寫一個神經網絡），"
            "機械人就連埋嗰個網絡一齊帶咗嚟。"
        ),
    ),
    "train_bad_value": Text(
        "“{typed}”不行：{name} 要在 {low} 到 {high} 之间，写成 /train {name}=数字。",
        "“{typed}” won't do: {name} must be a number from {low} to {high}, as in /train {name}=N.",
        zh_hant="「{typed}」不行：{name} 要介於 {low} 到 {high} 之間，寫成 /train {name}=數字。",
        zh_hk="「{typed}」唔得：{name} 要喺 {low} 至 {high} 之間，寫 /train {name}=數字。",
    ),
    "train_unknown_word": Text(
        "看不懂“{word}”。",
        "I don't understand “{word}”.",
        zh_hk="睇唔明「{word}」。",
    ),
    "predict_usage": Text(
        "用法：/predict A B，例如 /predict 1 0（数字在 -100 到 100 之间）",
        "Usage: /predict A B, e.g. /predict 1 0 (numbers from -100 to 100)",
        zh_hk="用法：/predict A B，例如 /predict 1 0（數字要喺 -100 至 100 之間）",
    ),
    "training": Text(
        "🧠 训练 {gate}：epoch {epoch}/{epochs} 误差 {error:.6f}\n{bar}",
        "🧠 Training {gate}: epoch {epoch}/{epochs} error={error:.6f}\n{bar}",
        zh_hk=("🧠 訓練緊 {gate}：epoch {epoch}/{epochs} 誤差 {error:.6f}\n{bar}"),
    ),
    "training_start": Text(
        "🧠 训练 {gate}：开始了（共 {epochs} 个 epoch）",
        "🧠 Training {gate}: starting ({epochs} epochs)",
        zh_hk="🧠 訓練 {gate}：開始咗（一共 {epochs} 個 epoch）",
    ),
    "queued": Text(
        "⏳ 排队中：你是第 {position} 位，轮到时开始训练。",
        "⏳ Queued: you are number {position} in line; training starts on your turn.",
        zh_hk="⏳ 排緊隊：你係第 {position} 個，輪到你就開始訓練。",
    ),
    "busy": Text(
        "这个聊天已经在训练了，等它完成或发 /train stop。",
        "This chat is already training; wait, or send /train stop.",
        zh_hant="這個聊天室已經在訓練了，等它跑完，或傳 /train stop。",
        zh_hk="呢個對話已經喺度訓練緊，等佢完成或者發 /train stop。",
    ),
    "stopped": Text(
        "⏹ 训练已停止（epoch {epoch}/{epochs}）。",
        "⏹ Training stopped (epoch {epoch}/{epochs}).",
        zh_hk="⏹ 訓練停咗（epoch {epoch}/{epochs}）。",
    ),
    "stopping": Text(
        "⏹ 好，正在停止训练，停下来就告诉你结果。",
        "⏹ OK, stopping the training; you'll see where it got to when it has stopped.",
        zh_hant="⏹ 好，正在停止訓練，停下來就告訴你結果。",
        zh_hk="⏹ 好，而家停緊個訓練，停咗就話你知結果。",
    ),
    "still_stopping": Text(
        "⏹ 上一次训练正在停下来，停好了会告诉你结果，之后再发 /train。",
        "⏹ The last run is still stopping; you'll see its result, then you can /train again.",
        zh_hant="⏹ 上一次訓練正在停下來，停好會告訴你結果，之後再傳 /train。",
        zh_hk="⏹ 上一次訓練停緊，停好咗會話你知結果，之後再發 /train 啦。",
    ),
    "nothing_to_stop": Text(
        "现在没有在训练。",
        "Nothing is training right now.",
        zh_hant="現在沒有在訓練喔。",
        zh_hk="而家冇嘢訓練緊。",
    ),
    "not_your_run": Text(
        "只有开始训练的人或群管理员能停止它。",
        "Only whoever started the run, or a group admin, can stop it.",
        zh_hk="淨係開始訓練嗰個人或者群組管理員先可以停佢。",
    ),
    "queue_full": Text(
        "现在排队训练的人太多了，过几分钟再试吧。",
        "Too many networks are waiting to train; try again in a few minutes.",
        zh_hant="現在排隊訓練的人太多了，過幾分鐘再試試吧。",
        zh_hk="而家排隊訓練嘅人太多，過幾分鐘再試啦。",
    ),
    "train_quota_user": Text(
        "你刚才用了不少训练时间，{seconds} 秒后可以再训练。",
        "You've used a lot of training time just now; you can train again in {seconds} s.",
        zh_hk=("你頭先用咗唔少訓練時間，{seconds} 秒之後可以再訓練。"),
    ),
    "train_quota_chat": Text(
        "这个聊天刚才用了不少训练时间，{seconds} 秒后可以再训练。",
        "This chat has used a lot of training time just now; it can train again in {seconds} s.",
        zh_hant="這個聊天室剛才用了不少訓練時間，{seconds} 秒後可以再訓練。",
        zh_hk=("呢個對話頭先用咗唔少訓練時間，{seconds} 秒之後可以再訓練。"),
    ),
    "too_long": Text(
        "⏹ 训练超过 {seconds} 秒，已停止（epoch {epoch}/{epochs}）。",
        "⏹ Training took over {seconds} seconds and was stopped (epoch {epoch}/{epochs}).",
        zh_hk="⏹ 訓練超過 {seconds} 秒，停咗（epoch {epoch}/{epochs}）。",
    ),
    "diverged": Text(
        "💥 训练发散了（epoch {epoch} 出现 NaN/inf）。",
        "💥 Training diverged (NaN/inf at epoch {epoch}).",
        zh_hk=("💥 訓練發散咗（epoch {epoch} 出咗 NaN/inf）。"),
    ),
    "kept_old_network": Text(
        "之前学会的网络保留着，没被替换。",
        "The network this chat had learned is kept, not replaced.",
        zh_hant="之前學會的網路還留著，沒有被換掉。",
        zh_hk="之前學識嗰個網絡仲喺度，冇換走。",
    ),
    "result_title": Text(
        "🧠 {gate} 网络：2-{hidden}-1，{activation}，{epochs} 个 epoch，lr={lr:g}",
        "🧠 {gate} network: 2-{hidden}-1, {activation}, {epochs} epochs, lr={lr:g}",
        zh_hk=("🧠 {gate} 網絡：2-{hidden}-1，{activation}，{epochs} 個 epoch，lr={lr:g}"),
    ),
    "table_header": Text("A B | 目标 | 输出", "A B | target | output"),
    "final_error": Text("最终误差 {error:.6f}，{verdict}", "Final error {error:.6f}: {verdict}"),
    "learned": Text(
        "学会了 ✅：{meaning}",
        "learned ✅: {meaning}",
        zh_hk="學識咗 ✅：{meaning}",
    ),
    "not_learned": Text(
        "还没学会 ❌（再训练一次或换个参数）",
        "not learned yet ❌ (train again or change the settings)",
        zh_hant="還沒學會 ❌（再訓練一次，或換個參數）",
        zh_hk="仲未學識 ❌（再訓練多次，或者換過啲參數）",
    ),
    "meaning_xor": Text(
        "恰好一个输入是 1 时它答 1",
        "it answers 1 when exactly one input is 1",
        zh_hant="剛好一個輸入是 1 時它答 1",
        zh_hk="淨係得一個輸入係 1 嘅時候佢答 1",
    ),
    "meaning_and": Text(
        "两个输入都是 1 时它答 1",
        "it answers 1 when both inputs are 1",
        zh_hk="兩個輸入都係 1 嘅時候佢答 1",
    ),
    "meaning_or": Text(
        "至少一个输入是 1 时它答 1",
        "it answers 1 when at least one input is 1",
        zh_hk="至少一個輸入係 1 嘅時候佢答 1",
    ),
    "meaning_nand": Text(
        "除非两个输入都是 1，否则它答 1",
        "it answers 1 unless both inputs are 1",
        zh_hk="除非兩個輸入都係 1，否則佢答 1",
    ),
    "meaning_xnor": Text(
        "两个输入相同时它答 1",
        "it answers 1 when both inputs are the same",
        zh_hk="兩個輸入一樣嘅時候佢答 1",
    ),
    "why_one_neuron": Text(
        "为什么：一个隐藏神经元只能画一条直线，而 {gate} 要两条线才能把 1 和 0 分开。"
        "试试 hidden=3。",
        "Why: one hidden neuron draws one straight line, and {gate} needs two to fence its 1s "
        "off from its 0s. Try hidden=3.",
        zh_hk=(
            "點解：一個隱藏神經元淨係畫到一條直線，但係 {gate} 要兩條線先分得開 1 同 0。"
            "試吓 hidden=3。"
        ),
    ),
    "why_linear": Text(
        "为什么：activation=linear 不会拐弯，直线叠直线还是一条直线，而 {gate} 需要弯的分界线。"
        "试试 activation=tanh 或 activation=sigmoid。",
        "Why: activation=linear can't bend: straight lines added up are still one straight "
        "line, and {gate} needs a bent one. Try activation=tanh or activation=sigmoid.",
        zh_hant=(
            "為什麼：activation=linear 不會轉彎，直線疊直線還是一條直線，而 {gate} 需要彎的分界線。"
            "試試 activation=tanh 或 activation=sigmoid。"
        ),
        zh_hk=(
            "點解：activation=linear 唔識彎，直線加直線都仲係一條直線，但係 {gate} 要條彎嘅界線。"
            "試吓 activation=tanh 或者 activation=sigmoid。"
        ),
    ),
    "why_lr_high": Text(
        "为什么：学习率 {lr:g} 步子太大，一步就跨过了答案，误差来回跳，降不下来。"
        "试试 lr=0.1（0.1 到 1 之间都行）。",
        "Why: a learning rate of {lr:g} takes steps so big they jump over the answer, and the "
        "error bounces around instead of falling. Try lr=0.1 (anything from 0.1 to 1).",
        zh_hant=(
            "為什麼：學習率 {lr:g} 每一步跨得太大，一步就跨過了答案，誤差跳來跳去，降不下來。"
            "試試 lr=0.1（0.1 到 1 之間都可以）。"
        ),
        zh_hk=(
            "點解：學習率 {lr:g} 每步跨得太大，一步就跨過咗個答案，誤差彈嚟彈去跌唔落嚟。"
            "試吓 lr=0.1（0.1 到 1 之間都得）。"
        ),
    ),
    "why_lr_low": Text(
        "为什么：学习率 {lr:g} 步子太小，训练结束时误差还在慢慢往下挪。"
        "试试 lr={good:g}，或者多训练几个 epoch。",
        "Why: a learning rate of {lr:g} takes tiny steps: the error was still creeping down "
        "when training ended. Try lr={good:g}, or more epochs.",
        zh_hant=(
            "為什麼：學習率 {lr:g} 每一步跨得太小，訓練結束時誤差還在慢慢往下降。"
            "試試 lr={good:g}，或是多訓練幾個 epoch。"
        ),
        zh_hk=(
            "點解：學習率 {lr:g} 每步行得太細，訓練完嗰陣誤差仲係慢慢咁跌緊。"
            "試吓 lr={good:g}，或者多訓練幾個 epoch。"
        ),
    ),
    "why_few_epochs": Text(
        "为什么：{epochs} 个 epoch 太少了，训练结束时误差还在下降。试试 epochs={more}。",
        "Why: {epochs} epochs were too few: the error was still falling when training ended. "
        "Try epochs={more}.",
        zh_hk=("點解：{epochs} 個 epoch 太少，訓練完嗰陣誤差仲跌緊。試吓 epochs={more}。"),
    ),
    "why_stuck": Text(
        "为什么：它卡住了。每次训练都从随机的权重出发，这次的起点走进了死胡同。"
        "再训练一次就好；隐藏神经元多一些（比如 hidden=8）就更少卡住。",
        "Why: it got stuck. Each run starts from random weights, and this start led to a dead "
        "end. Just train again; more hidden neurons (e.g. hidden=8) make that rarer.",
        zh_hant=(
            "為什麼：它卡住了。每次訓練都從隨機的權重出發，這次的起點走進了死胡同。"
            "再訓練一次就好；隱藏神經元多一些（例如 hidden=8）就比較不會卡住。"
        ),
        zh_hk=(
            "點解：佢卡住咗。每次訓練都由隨機嘅權重開始，今次個起點行咗入死胡同。"
            "再訓練多次就得；隱藏神經元多啲（例如 hidden=8）就冇咁易卡住。"
        ),
    ),
    "why_stopped": Text(
        "它在学会之前被停下了。发 /train 重新开始。",
        "It was stopped before it could learn. Send /train to start again.",
        zh_hant="它在學會之前就被停下來了。傳 /train 重新開始吧。",
        zh_hk=("佢未學識就畀人停咗。發 /train 重新嚟過。"),
    ),
    "why_timed_out": Text(
        "学会一个门只要几百个 epoch，用不着这么多：试试 epochs=1000。",
        "A gate is learned in a few hundred epochs, not this many: try epochs=1000.",
        zh_hant="學會一個閘只要幾百個 epoch，用不著這麼多：試試 epochs=1000。",
        zh_hk=("學識一個閘幾百個 epoch 就夠，唔使咁多：試吓 epochs=1000。"),
    ),
    "no_network": Text(
        "这个聊天还没有训练好的网络。先发 /xor 或 /train。",
        "This chat has no trained network yet. Send /xor or /train first.",
        zh_hant="這個聊天室還沒有訓練好的網路。先傳 /xor 或 /train。",
        zh_hk="呢個對話仲未有訓練好嘅網絡。先發 /xor 或者 /train。",
    ),
    "still_training": Text(
        "这个聊天的网络还在训练，练好了会告诉你，到时再发 /predict。",
        "This chat's network is still training; it will say when it's done, then send /predict.",
        zh_hant="這個聊天室的網路還在訓練，練好了會跟你說，到時再傳 /predict。",
        zh_hk="呢個對話嘅網絡仲訓練緊，練好咗會話你知，到時再發 /predict。",
    ),
    "prediction": Text(
        "{gate} 网络：({a:g}, {b:g}) → {output:.4f}，取整为 {rounded}",
        "{gate} network: ({a:g}, {b:g}) → {output:.4f}, rounded {rounded}",
        zh_hant="{gate} 網路：({a:g}, {b:g}) → {output:.4f}，四捨五入為 {rounded}",
        zh_hk="{gate} 網絡：({a:g}, {b:g}) → {output:.4f}，四捨五入係 {rounded}",
    ),
    "predict_untrained": Text(
        "（这个网络只用 0 和 1 训练过，没见过 ({a:g}, {b:g}) 这样的输入：上面的数是它把学到的规律硬套上去算出来的，"
        "不一定有意义。）",
        "(The network was trained on 0 and 1 only and never saw an input like ({a:g}, {b:g}): the number above "
        "is what its learned weights give when stretched that far, and may mean little.)",
        zh_hant="（這個網路只用 0 和 1 訓練過，沒看過 ({a:g}, {b:g}) 這樣的輸入：上面的數字是它把學到的規律硬套上去算出來的，"
        "不一定有意義。）",
        zh_hk="（呢個網絡淨係用 0 同 1 訓練過，未見過 ({a:g}, {b:g}) 噉嘅輸入：上面個數係佢將學到嘅規律硬套落去計出嚟，"
        "未必有意義。）",
    ),
    "picture_caption": Text(
        "左：误差 E 随 epoch t 下降；右：网络对每个 A、B 的输出，蓝=0，红=1"
        "（颜色刻度固定在 0 到 1），黑线是它答 0.5 的地方；四个圆点是四个训练例子，"
        "颜色是它们该得的答案。",
        "Left: the error E after each epoch t; right: the network's output for every A and B, "
        "blue = 0 and red = 1 (the scale is always 0 to 1), the black line where it answers "
        "0.5; the four dots are the four training examples, coloured by the answer they should "
        "get.",
        zh_hk=(
            "左：誤差 E 隨住 epoch t 跌落嚟；右：網絡對每個 A、B 嘅輸出，藍=0，紅=1"
            "（顏色刻度固定喺 0 到 1），黑線係佢答 0.5 嘅地方；四個圓點係四個訓練例子，"
            "顏色係佢哋應該得到嘅答案。"
        ),
    ),
    # -- routines people write (bot/application/authoring.py) -----------------------------
    "new_intro": Text(
        "来写一个你自己的套路！我一步步问你。每一步都可以发 /back 回到上一步，发 /cancel 放弃。",
        "Let's write a prank of your own! I'll ask step by step. At any step, /back goes back "
        "one step and /cancel gives up.",
        zh_hant="來寫一個你自己的套路！我會一步一步問你。每一步都可以傳 /back 回到上一步，傳 /cancel 放棄。",
        zh_hk="嚟寫個你自己嘅套路！我一步步問你。每一步都可以發 /back 返上一步，發 /cancel 唔寫。",
    ),
    "edit_intro": Text(
        "改写「{title}」：每一步发新的内容，或者发 /keep 保留原来的。",
        "Rewriting “{title}”: send something new at each step, or /keep to keep what it had.",
        zh_hant="改寫「{title}」：每一步傳新的內容，或是傳 /keep 保留原本的。",
        zh_hk="改寫「{title}」：每一步發新嘅內容，或者發 /keep 保留原本嘅。",
    ),
    "edit_now": Text(
        # {now} is what the author wrote, often ending in its own ？ or 。: nothing after it
        "（/keep 保留现在的：{now}）",
        "(/keep keeps what it is now: {now})",
        zh_hk="（/keep 就保留而家嘅：{now}）",
    ),
    "new_ask_lang": Text(
        "这个套路用什么语言玩？回答“中文”或“English”。",
        "Which language does it play in? Answer “English” or “中文”.",
        zh_hk="呢個套路用咩語言玩？答「中文」或者「English」。",
    ),
    "new_ask_title": Text(
        "给它起个标题（以后用 /prank 标题 来玩）。",
        "Give it a title (you'll play it with /prank title).",
        zh_hant="幫它取個標題（之後用 /prank 標題 來玩）。",
        zh_hk="幫佢改個標題（之後用 /prank 標題 嚟玩）。",
    ),
    "new_ask_question": Text(
        "你要问对方的问题是什么？（要以问号结尾）",
        "What question does the bot ask? (It must end with a question mark.)",
        zh_hk="你想問對方嘅問題係咩？（要用問號結尾）",
    ),
    "new_ask_answer": Text(
        "你猜对方会怎么回答？同一个意思的几种说法用 / 分开，比如：八把 / 8把",
        "What answer do you expect? Several ways of saying it go between /, e.g.: eight / 8",
        zh_hk="你估對方會點答？同一個意思嘅幾種講法用 / 分開，例如：八把 / 8把",
    ),
    "new_ask_punchline": Text(
        "对方回答“{answer}”的时候，我说什么？（这就是笑点）",
        "When they answer “{answer}”, what do I say? (That's the punchline.)",
        zh_hk="對方答「{answer}」嘅時候，我講咩？（呢個就係笑點）",
    ),
    "new_ask_more": Text(
        "已经有 {count} 个回答。对方还可能怎么回答？发过来（笑点下一步再写），或者发 /done 继续。",
        "Answers so far: {count}. Another answer they might give? Send it (its punchline "
        "comes next), or /done to go on.",
        zh_hant="已經有 {count} 個回答了。對方還可能怎麼回答？傳過來（笑點下一步再寫），或是傳 /done 繼續。",
        zh_hk="已經有 {count} 個回答。對方仲可能點答？發過嚟（笑點下一步先寫），或者發 /done 繼續。",
    ),
    "new_ask_give_away": Text(
        "识破这个套路的人会说什么？（几种说法用 / 分开；没有就发 /skip）",
        "What would someone who sees through it say? (Ways of saying it between /; /skip if none.)",
        zh_hant="識破這個套路的人會說什麼？（幾種說法用 / 分開；沒有就傳 /skip）",
        zh_hk="睇穿呢個套路嘅人會講咩？（幾種講法用 / 分開；冇就發 /skip）",
    ),
    "new_ask_give_away_reply": Text(
        "有人识破的时候我说什么？（发 /skip 就用我自己的话）",
        "What do I say to someone who saw through it? (/skip: my own words.)",
        zh_hant="有人識破的時候我要說什麼？（傳 /skip 就用我自己的話）",
        zh_hk="有人睇穿嘅時候我講咩？（發 /skip 就用我自己嘅講法）",
    ),
    "new_ask_hint": Text(
        "对方答了别的，要给个提示吗？提示也要是问句。（没有就发 /skip）",
        "If they answer something else, a hint? It must be a question too. (/skip if none.)",
        zh_hant="對方答了別的，要給個提示嗎？提示也要是問句。（沒有就傳 /skip）",
        zh_hk="對方答咗第啲，要唔要畀個提示？提示都要係問句。（冇就發 /skip）",
    ),
    "new_ask_save": Text(
        "保存吗？回答“是”或“不”。",
        "Save it? Answer yes or no.",
        zh_hant="要儲存嗎？請回答「要」或「不要」。",
        zh_hk="要唔要儲存？答「要」或者「唔要」。",
    ),
    "new_yes_or_no": Text(
        "请回答“是”（保存）或“不”（不保存），或者发 /back 修改。",
        "Please answer yes (save) or no (don't), or /back to change something.",
        zh_hant="請回答「要」（儲存）或「不要」（不儲存），或是傳 /back 回去修改。",
        zh_hk="唔該答「要」（儲存）或者「唔要」（唔儲存），或者發 /back 改返。",
    ),
    "new_step_commands": Text(
        "写套路的时候可以用：/back 上一步、/cancel 放弃、/skip 跳过（可选的步骤）、/done 回答写完了。",
        "While writing: /back goes back, /cancel gives up, /skip skips an optional step, "
        "/done ends the answers.",
        zh_hant="寫套路的時候可以用：/back 回上一步、/cancel 放棄、/skip 跳過（選填的步驟）、/done 回答寫完了。",
        zh_hk="寫套路嗰陣可以用：/back 返上一步、/cancel 唔寫、/skip 跳過（可以唔填嘅步驟）、/done 回答寫完。",
    ),
    "new_back_start": Text(
        "已经是第一步了。",
        "This is the first step already.",
        zh_hk="已經係第一步喇。",
    ),
    "new_cancelled": Text(
        "好，这个套路不写了，什么都没保存。",
        "OK, dropped: nothing was saved.",
        zh_hk="好，呢個套路唔寫喇，乜都冇儲存。",
    ),
    "new_not_saved": Text(
        "好，没有保存。",
        "OK, not saved.",
        zh_hk="好，冇儲存。",
    ),
    "new_saved": Text(
        "保存好了！发 /prank {title} 来玩，在群里也可以。/mine 看你写的所有套路。",
        "Saved! Send /prank {title} to play it, in a group too. /mine lists what you wrote.",
        zh_hant="儲存好了！傳 /prank {title} 來玩，在群組裡也可以。/mine 看你寫的所有套路。",
        zh_hk="儲存好喇！發 /prank {title} 嚟玩，喺群組都得。/mine 睇晒你寫嘅套路。",
    ),
    "new_too_many": Text(
        "你已经写了 {limit} 个套路，到上限了。先用 /delete 删掉一个吧。",
        "You have {limit} routines, the most you can keep. /delete one first.",
        zh_hk="你已經寫咗 {limit} 個套路，到咗上限。用 /delete 刪走一個先啦。",
    ),
    "new_err_lang": Text(
        "我没看懂。请回答“中文”或“English”。",
        "I didn't get that. Answer “English” or “中文”.",
        zh_hk="我睇唔明。唔該答「中文」或者「English」。",
    ),
    "new_err_empty": Text(
        "这里不能是空的，写点什么吧。",
        "This can't be empty: write something.",
        zh_hk="呢度唔可以係空嘅，寫啲嘢啦。",
    ),
    "new_err_long": Text(
        "{what}太长了：最多 {limit} 个字，这条有 {length} 个。",
        "Too long for {what}: at most {limit} characters, and this has {length}.",
        zh_hk="{what}太長喇：最多 {limit} 個字，呢條有 {length} 個。",
    ),
    # What a limit is for (new_err_long's {what}), one per step of /new.
    "new_what_title": Text("标题", "a title", zh_hk="標題"),
    "new_what_question": Text("问题", "a question", zh_hk="問題"),
    "new_what_answer": Text(
        "一种回答的说法（对方可能回的话，不是笑点）",
        "one way of saying an answer (what they might reply, not the punchline)",
        zh_hk="一種回答嘅講法（對方可能會覆嘅嘢，唔係笑點）",
    ),
    "new_what_punchline": Text("笑点", "a punchline", zh_hk="笑點"),
    "new_what_give_away": Text(
        "一种识破的说法", "one way of seeing through it", zh_hk="一種睇穿嘅講法"
    ),
    "new_what_give_away_reply": Text(
        "识破后的回话", "the reply to seeing through it", zh_hk="睇穿之後嘅回覆"
    ),
    "new_what_hint": Text("提示", "a hint", zh_hk="提示"),
    "new_doubt_answers": Text(
        "这看起来像几种回答的说法（用 / 分开），可这一步要的是笑点：对方答“{answer}”时我说的话。"
        "发笑点过来；要是这句就是笑点，再发一次，我就收下。",
        "That looks like ways of saying an answer (split by /), but this step wants the "
        "punchline: what I say when they answer “{answer}”. Send the punchline; if that "
        "really is it, send it again and I'll keep it.",
        zh_hant="這看起來像幾種回答的說法（用 / 分開），可是這一步要的是笑點：對方答「{answer}」時"
        "我說的話。傳笑點過來；如果這句就是笑點，再傳一次，我就收下。",
        zh_hk="呢句似係幾種回答嘅講法（用 / 分開），但呢步要嘅係笑點：對方答「{answer}」嗰陣我講"
        "嘅嘢。發笑點過嚟；如果真係呢句，再發多次，我就收低。",
    ),
    "new_err_give_away_stumped": Text(
        "“{phrase}”是答不上来的人说的，不是识破的人说的：这样每个不知道的人都会被当成识破了。"
        "写识破套路的人会说的话，或者发 /skip。",
        "“{phrase}” is what someone stumped says, not someone who sees through it: everyone "
        "who doesn't know would be told they saw through it. Write what someone who knows "
        "the trick says, or /skip.",
        zh_hant="「{phrase}」是答不出來的人會說的，不是識破的人說的：這樣每個不知道的人"
        "都會被當成識破了。請寫識破套路的人會說的話，或是傳 /skip。",
        zh_hk="「{phrase}」係答唔到嘅人講嘅，唔係睇穿嘅人講嘅：咁樣個個唔知嘅人都會當成睇穿咗。"
        "寫睇穿呢個套路嘅人會講嘅嘢，或者發 /skip。",
    ),
    "new_err_one_line": Text(
        "标题只能有一行。",
        "A title is one line.",
        zh_hk="標題淨係可以有一行。",
    ),
    "new_err_title_taken": Text(
        "你已经有一个这个标题的套路了，换一个标题吧。",
        "You already have a routine with this title: pick another.",
        zh_hant="你已經有一個用這個標題的套路，換一個標題吧。",
        zh_hk="你已經有個套路係呢個標題，換過另一個啦。",
    ),
    "new_err_link": Text(
        "套路里不能有链接。",
        "No links in a routine, please.",
        zh_hant="套路裡不能有連結。",
        zh_hk="套路入面唔可以有連結。",
    ),
    "new_err_hidden": Text(
        "套路里不能有看不见的字符或改变文字方向的字符。",
        "No invisible characters or text-direction marks in a routine, please.",
        zh_hant="套路裡不能有看不見的字元或改變文字方向的字元。",
        zh_hk="套路入面唔可以有睇唔到嘅字元或者改文字方向嘅字元。",
    ),
    "new_err_mention": Text(
        "套路里不能 @ 别人。",
        "No @mentions in a routine, please.",
        zh_hant="套路裡不能 @ 別人。",
        zh_hk="套路入面唔可以 @ 人。",
    ),
    "new_err_bot_line": Text(
        "这句读起来像是我自己的话（机器人的界面文字），会让人搞混。换个说法吧。",
        "That reads like one of my own lines (the bot's interface), which would mislead people. "
        "Say it another way.",
        zh_hk="呢句睇落似我自己講嘅嘢（機械人介面嘅字），會搞混人。換個講法啦。",
    ),
    "new_err_question": Text(
        "我问完这句就要等对方回答，所以它要是个问句，以问号结尾（？）。",
        "I wait for an answer after this line, so it must be a question ending with a "
        "question mark (?).",
        zh_hk="我問完呢句就要等對方答，所以佢要係問句，用問號結尾（？）。",
    ),
    "new_err_full_width": Text(
        "英文里请用英文标点（, . ? !），不要用中文标点。",
        "In English, use English punctuation (, . ? !), not Chinese full-width marks.",
        zh_hk="英文入面唔該用英文標點（, . ? !），唔好用中文標點。",
    ),
    "new_err_shadowed": Text(
        "这个回答前面已经有了（同样的说法或数字），它永远轮不到。换一个说法吧。",
        "An earlier answer already has this (the same words or number), so this one could "
        "never be reached. Say it another way.",
        zh_hk="呢個回答前面已經有咗（一樣嘅講法或者數字），佢永遠都輪唔到。換個講法啦。",
    ),
    "new_err_clauses": Text(
        "一种说法里不能有标点，也不要中文夹空格；几种说法用 / 分开。",
        "One way of saying it can't hold punctuation; put several between /.",
        zh_hk="一種講法入面唔可以有標點，中文都唔好夾空格；幾種講法用 / 分開。",
    ),
    "new_err_number": Text(
        "数字只能单独作为一个回答：同一个回答里不要混着不同的数字，也不要一半有数字一半没有。",
        "A number is an answer of its own: don't mix numbers, or phrases with and without a "
        "number, in one answer.",
        zh_hk="數字淨係可以自己做一個回答：同一個回答入面唔好夾住唔同嘅數字，都唔好一半有數字一半冇。",
    ),
    "new_err_phrases": Text(
        "说法太多了，最多 {limit} 种。",
        "Too many ways of saying it: at most {limit}.",
        zh_hk="講法太多喇，最多 {limit} 種。",
    ),
    "new_err_answers": Text(
        "回答已经有 {limit} 个了，到上限了。发 /done 继续。",
        "That's {limit} answers, the most a routine has. Send /done to go on.",
        zh_hant="回答已經有 {limit} 個，到上限了。傳 /done 繼續。",
        zh_hk="回答已經有 {limit} 個，到咗上限。發 /done 繼續。",
    ),
    "new_err_other": Text(
        "这样不行：{problem}",
        "That won't work: {problem}",
        zh_hk="咁唔得：{problem}",
    ),
    # Reaches every answer the bot did not take (驴 to "pig" included), so the author's
    # punchline is shown as what the right answer hears, never said to this victim.
    "authored_reveal": Text(
        # the author's line on a line of its own, unquoted: authors quote their own key word
        # (说你是“猪”), and quotes round it would nest
        "我想听的是“{answer}”。答“{answer}”的人会收到这句：\n{punchline}",
        'I was waiting for "{answer}". Whoever answers "{answer}" gets this:\n{punchline}',
        zh_hant="我想聽的是「{answer}」。答「{answer}」的人會收到這句：\n{punchline}",
        zh_hk="我想聽嘅係「{answer}」。答「{answer}」嘅人會收到呢句：\n{punchline}",
    ),
    "authored_reveal_answer": Text(
        "我想听的是“{answer}”。",
        'I was waiting for "{answer}".',
        zh_hant="我想聽的是「{answer}」。",
        zh_hk="我想聽嘅係「{answer}」。",
    ),
    "authored_credit": Text(
        "—— {name} 写的套路",
        "— a prank by {name}",
        zh_hk="—— {name} 寫嘅套路",
    ),
    "preview_title": Text(
        "「{title}」玩起来是这样的：",
        "Here is how “{title}” plays:",
        zh_hk="「{title}」玩起上嚟係咁樣：",
    ),
    "preview_answer": Text(
        "• 对方答“{answer}”：{punchline}",
        "• they answer “{answer}”: {punchline}",
        zh_hk="• 對方答咗「{answer}」：{punchline}",
    ),
    "preview_hint": Text(
        "• 对方答了别的：先提示 {hint}",
        "• they answer something else: first the hint {hint}",
        zh_hk="• 對方答咗第啲：先提示 {hint}",
    ),
    "preview_else": Text(
        "• 对方答了我不懂的：{reveal}",
        "• an answer I don't understand: {reveal}",
        zh_hk="• 對方答咗我唔明嘅：{reveal}",
    ),
    "preview_give_away": Text(
        "• 对方识破了（“{answer}”）：{reply}",
        "• they see through it (“{answer}”): {reply}",
        zh_hk="• 對方睇穿咗（「{answer}」）：{reply}",
    ),
    "mine_none": Text(
        "你还没写过套路。发 /new 写一个！",
        "You haven't written a routine yet. Send /new to write one!",
        zh_hant="你還沒寫過套路喔。傳 /new 寫一個吧！",
        zh_hk="你仲未寫過套路。發 /new 寫一個嚟玩啦！",
    ),
    "mine_title": Text(
        "你写的套路（{count}/{limit}）：",
        "Your routines ({count}/{limit}):",
        zh_hk="你寫嘅套路（{count}/{limit}）：",
    ),
    # A written routine's line: its language by name, not its code (ops23: "(zh)"). In
    # Chinese its status after a full-width colon, as /links' lines have theirs: a lone "—"
    # is no Chinese punctuation (its dash is "——": native23).
    "mine_line": Text("• {title}（{language}）：{status}", "• {title} ({language}) — {status}"),
    "written_in_zh": Text("中文", "Chinese"),
    "written_in_en": Text("英文", "English"),
    "mine_reason": Text(
        "没通过审核：{reason}",
        "Not approved: {reason}",
        zh_hk="審核唔通過：{reason}",
    ),
    "mine_unknown": Text(
        "你没有叫“{name}”的套路。/mine 看看你写的。",
        "You have no routine called “{name}”. /mine lists yours.",
        zh_hk="你冇一個叫「{name}」嘅套路。/mine 睇吓你寫嘅。",
    ),
    "mine_which": Text(
        "哪一个？在命令后面写上套路的标题。/mine 看看你写的。",
        "Which one? Write the routine's title after the command. /mine lists yours.",
        zh_hant="哪一個？在指令後面寫上套路的標題。/mine 看看你寫的。",
        zh_hk="邊一個？喺指令後面寫埋套路嘅標題。/mine 睇吓你寫嘅。",
    ),
    "status_private": Text("只有你能用", "yours only", zh_hk="淨係你用得"),
    "status_pending": Text("等待审核", "waiting for review", zh_hk="喺度等緊審核"),
    "status_public": Text("公开", "public", zh_hk="公開咗"),
    "status_rejected": Text("没通过审核", "not approved", zh_hk="審核唔通過"),
    "status_withdrawn": Text(
        "被举报，暂时下架",
        "reported, withdrawn for now",
        zh_hant="被檢舉，暫時下架",
        zh_hk="畀人舉報，暫時落咗架",
    ),
    "deleted": Text(
        "「{title}」已删除。",
        "Deleted “{title}”.",
        zh_hk="「{title}」已經刪除咗。",
    ),
    "exported": Text(
        "「{title}」的 YAML，可以放进语料文件（python -m bot check 能检查）：",
        "“{title}” as corpus YAML (python -m bot check accepts it):",
        zh_hk="「{title}」嘅 YAML，可以放入語料檔案（python -m bot check 檢查得到）：",
    ),
    "pack_empty": Text(
        "这个群还没有自己的套路。管理员可以用 /pack add 标题 加一个成员写的套路。",
        "This group has no routines of its own yet. An admin adds a member's with /pack add title.",
        zh_hant="這個群組還沒有自己的套路。管理員可以用 /pack add 標題 加一個成員寫的套路。",
        zh_hk="呢個群組仲未有自己嘅套路。管理員可以用 /pack add 標題 加一個成員寫嘅套路。",
    ),
    "pack_title": Text(
        "这个群自己的套路（{count}）：",
        "This group's own routines ({count}):",
        zh_hant="這個群組自己的套路（{count}）：",
        zh_hk="呢個群組自己嘅套路（{count}）：",
    ),
    "pack_added": Text(
        "「{title}」（{by} 写的）加进这个群的套路了。",
        "Added “{title}” (by {by}) to this group's routines.",
        zh_hant="「{title}」（{by} 寫的）已加進這個群組的套路。",
        zh_hk="「{title}」（{by} 寫嘅）加咗入呢個群組嘅套路。",
    ),
    "pack_already": Text(
        "「{title}」已经在这个群的套路里了。",
        "“{title}” is in this group's routines already.",
        zh_hant="「{title}」已經在這個群組的套路裡了。",
        zh_hk="「{title}」已經喺呢個群組嘅套路入面。",
    ),
    "pack_removed": Text(
        "「{title}」从这个群的套路里拿掉了。",
        "Removed “{title}” from this group's routines.",
        zh_hant="「{title}」從這個群組的套路裡拿掉了。",
        zh_hk="「{title}」由呢個群組嘅套路度攞走咗。",
    ),
    "pack_not_in": Text(
        "这个群的套路里没有“{name}”。",
        "There's no “{name}” in this group's routines.",
        zh_hant="這個群組的套路裡沒有「{name}」。",
        zh_hk="呢個群組嘅套路入面冇「{name}」。",
    ),
    "pack_unknown": Text(
        "找不到“{name}”：回复写它的成员的消息发 /pack add 标题，或者用公开的套路。",
        "No routine “{name}” found: reply to its author's message with /pack add title, or "
        "pick a public one.",
        zh_hant="找不到「{name}」：回覆作者的訊息再傳 /pack add 標題，或是選一個公開的套路。",
        zh_hk="搵唔到「{name}」：回覆寫佢嗰個成員嘅訊息再發 /pack add 標題，或者揀個公開嘅套路。",
    ),
    "publish_queued": Text(
        "「{title}」排队等审核了。通过以后，大家的 /prank 都可能抽到它。",
        "“{title}” is waiting for a review. Once approved, anyone's /prank may deal it.",
        zh_hk="「{title}」排緊隊等審核。通過之後，大家嘅 /prank 都可能抽到佢。",
    ),
    "publish_already": Text(
        "「{title}」已经公开了，或者正在等审核。",
        "“{title}” is public already, or waiting for its review.",
        zh_hk="「{title}」已經公開咗，或者等緊審核。",
    ),
    "publish_too_many": Text(
        "你已经有 {limit} 个套路在等审核了，等它们审完再来。",
        "You have {limit} routines waiting for a review already: wait for those first.",
        zh_hk="你已經有 {limit} 個套路等緊審核，等佢哋審完先再嚟。",
    ),
    "review_empty": Text(
        "没有要审核的套路。",
        "Nothing to review.",
        zh_hk="冇套路要審核。",
    ),
    "review_next": Text(
        "下一个（{status}，{by} 写的；还有 {count} 个）：",
        "Next ({status}, by {by}; {count} waiting):",
        zh_hk="下一個（{status}，{by} 寫嘅；仲有 {count} 個）：",
    ),
    "review_how": Text(
        "通过：/review approve；不通过：/review reject 理由",
        "Approve: /review approve; reject: /review reject reason",
        zh_hk="通過：/review approve；唔通過：/review reject 理由",
    ),
    "review_reason_needed": Text(
        "不通过要写理由：/review reject 理由（会告诉作者）",
        "A rejection needs a reason: /review reject reason (the author is told)",
        zh_hk="唔通過要寫理由：/review reject 理由（會話畀作者知）",
    ),
    "review_approved": Text(
        "「{title}」通过了，现在是公开的。",
        "Approved “{title}”: it is public now.",
        zh_hk="「{title}」通過咗，而家係公開嘅。",
    ),
    "review_rejected": Text(
        "「{title}」没通过，理由已经告诉作者。",
        "Rejected “{title}”; the author is told why.",
        zh_hk="「{title}」唔通過，理由已經話咗畀作者知。",
    ),
    "review_told_approved": Text(
        "你的套路「{title}」通过审核了！现在大家的 /prank 都可能抽到它。",
        "Your routine “{title}” was approved! Anyone's /prank may deal it now.",
        zh_hk="你嘅套路「{title}」審核通過咗！而家大家嘅 /prank 都可能抽到佢。",
    ),
    "review_told_rejected": Text(
        "你的套路「{title}」没通过审核：{reason}",
        "Your routine “{title}” was not approved: {reason}",
        zh_hk="你嘅套路「{title}」審核唔通過：{reason}",
    ),
    "report_what": Text(
        "要举报哪个？回复一个公开的自写套路的问题发 /report。",
        "Report which? Reply to the question of a public written routine with /report.",
        zh_hant="要檢舉哪一個？回覆一個公開的自寫套路的問題並傳 /report。",
        zh_hk="要舉報邊個？回覆一個公開嘅自寫套路嘅問題再發 /report。",
    ),
    "reported": Text(
        "收到，谢谢。「{title}」会再被审核。",
        "Thanks, noted. “{title}” will be looked at again.",
        zh_hant="收到，謝謝。「{title}」會再審核一次。",
        zh_hk="收到，多謝。「{title}」會再審核多次，睇吓有冇問題。",
    ),
}


def say(key: str, lang: str, **values: object) -> str:
    """The bot's line `key` in `lang`, with `{placeholders}` filled in."""
    return CATALOGUE[key].format(lang, **values)
