"""The shared word lists behind answer understanding, given to the library as data.

The library ships no word lists of its own: whoever uses it builds a `Lexicon` from a mapping
(the bot reads content/lexicon.yaml) with `Lexicon.from_mapping`, which checks every entry and
raises `LexiconError` listing each problem with its place in the mapping. `FIELDS` says what
each list is for (a list left out is empty: its rule finds nothing); content/README.md
documents the rules they feed.

Every entry goes through the same folding as an answer (width, case, Traditional → Simplified,
the Cantonese table), so an entry is written once, in Simplified Chinese or in plain English
without apostrophes ("dont", "im"). Keys of the Cantonese table may be written natively
(點解, 估唔到): they are folded like an answer before use.

Word-ness of English (typo correction never "corrects" a real word) comes from wordfreq's
English frequencies, not from the lexicon: see `english_zipf`.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, cached_property
from pathlib import Path
from typing import Any

# -- the schema ------------------------------------------------------------------------------
# Kinds of list: WORDS, a list of entries (a set); PHRASES, a list whose order matters or that
# is searched as text; CHARS, a string of single characters (a set); TABLE, a mapping of an
# entry to what it folds to; WORD_LISTS, a mapping of an entry to a list; NUMBERS, a mapping of
# a word to a number.
WORDS, PHRASES, CHARS, TABLE, WORD_LISTS, NUMBERS = (
    "a list of words",
    "a list of phrases",
    "a string of characters",
    "a mapping of words to words",
    "a mapping of words to lists of words",
    "a mapping of words to numbers",
)

# Rule "only a laugh, a face or a mash": this many keys side by side on a row of the keyboard,
# in a string no word list knows, is a hand run along the keys (asdf, hjkl), not a word typed.
MASH_RUN = 4

FIELDS: dict[str, str] = {
    # folding
    "cantonese": TABLE,  # Cantonese and Taiwan forms → Mandarin, longest first
    "emoji": WORD_LISTS,  # an emoji → the phrases it stands for (🏃: 跑, run)
    "english_shorthand": TABLE,  # u → you, whole words
    # a dialect's spelling inside a word, one no English word holds (Scots icht: ight)
    "dialect_spellings_en": TABLE,
    # a pinyin syllable typed apart, read only after pinyin (bu zhi dao: 不知道), as most are
    # words or names of their own alone (de, dao)
    "pinyin_syllables_zh": TABLE,
    "expletives_en": PHRASES,  # dropped inside a phrase: "get the hell out"
    "fillers_en": WORDS,  # tone around a one-letter answer: "p lol"
    "laughs_en": WORDS,  # of those, laughs: "P lol capital letter" (rule "a letter, then a laugh")
    # rule "only a laugh, a face or a mash": what a laugh or a face is made of (哈, 233, lol,
    # QAQ), each letter of a piece repeatable; pieces that alone are words (he, hi); the
    # keyboard's rows, whose runs are a mash (asdf)
    "laughing_pieces": PHRASES,
    "not_laughs": WORDS,
    # in a group, a friend's try laughed at ("lol nice try", 中招了): rule "a tease of a
    # friend's try", bot/content/reading.py `teases_a_try`
    "teases": WORDS,
    "keyboard_rows": PHRASES,
    # ...and a Chinese chat's words typed as pinyin initials (wbzd: 我不知道), no mash
    "pinyin_initials_zh": WORDS,
    # after "im in", these (and fillers_en) still join: "im in too" (rule "in a place")
    "still_joining_after_in_en": WORDS,
    # the shape of a Chinese answer
    "particles_zh": CHARS,  # sentence particles: 好呀 stands alone
    # personal pronouns: one asked back names no trick's character (是要我说我吗)
    "pronouns_zh": CHARS,
    # becoming or calling (叫, 成, 变): rule "going on would land it" (再打我就成你孙子了)
    "becoming_verbs_zh": CHARS,
    # "only", "nothing but": 你就知道吃, 你光晓得玩 (rule "all you know is")
    "only_adverbs_zh": CHARS,
    "word_starts_zh": CHARS,  # a one-character phrase may follow these: 先跑再说
    "directions_zh": CHARS,  # 左, 东...: keep their side word (左边)
    "sides_zh": CHARS,  # 边, 面, 方
    "closers_zh": PHRASES,  # may close a one-character answer: 和字, 跑就对了
    # "I cannot V" (猜不到, 想不出来) is dont_know: every verb with every complement
    "dont_know_verbs_zh": CHARS,
    "cannot_complements_zh": PHRASES,
    # rhetorical "how could it V" (怎么装得下, 點放得落) folds to "it cannot V" (装不下)
    "rhetorical_leads_zh": PHRASES,
    "potential_complements_zh": TABLE,
    "fitting_verbs_zh": CHARS,  # 装 in 冰箱装得下吗？ (verdicts22hans)
    "fitting_complements_zh": TABLE,
    # self-corrections: "A, no wait, B", "A…不对，是B": only what follows counts
    "corrections": PHRASES,
    "replacing_corrections": PHRASES,  # firm ones: what follows counts even when unread
    "holding_on": PHRASES,  # a wait after a firm one: taken back, the answer still coming
    "none_left_zh": PHRASES,  # a count of nought after a firm one taking a number back
    # what may stand before the number that replaces one taken back (所以还是十把, wp27)
    "recount_leads_zh": PHRASES,
    # said right after a thing named, it names the one that does know the way (wp31)
    "knows_the_way_zh": PHRASES,
    # a copula (or "its") opening what follows a firm correction marker, before the answer
    # instead: "8, no wait, its 2" ("是" in Chinese: 不对，是往后)
    "recount_copulas_en": WORDS,
    # a later clause reconsidering the answer stated first ("8. or maybe 9 actually", "stop.
    # well technically go"): rules "stated, then reasoned" and "said, then told why" stand down
    "rethinking_en": WORDS,  # words, or two words with a space (oh no, more sense)
    # naming the trick: what follows a mention frame (要我说, "want me to say") is mentioned,
    # not said, and the clause sees through the trick (intent trick)
    "mention_frames": PHRASES,
    # a frame opening with one of these, negated, is the trick defied, still named ("you wont
    # get me to say it"): not after a negator (你不想我说) otherwise
    "defying_frame_openers_en": WORDS,
    # two characters: a frame after one, negated, is counting on it told not to, still named
    # (唔好諗住我叫你, 别想着我说); 不想我说 names nothing
    "defying_frame_openers_zh": WORDS,
    # the next line predicted: every lead with every verb is a mention frame too (接下来就是,
    # 跟住咪, 一阵又话, 下一步就要我)
    "prediction_leads_zh": PHRASES,
    # a near miss: what follows one of these in its clause was nearly said, not said (太阳！
    # 差点说成月亮, "sun, nearly said moon")
    "near_miss_frames": PHRASES,
    # a rhetorical question after another answer (尾巴还能朝天？) asks, it does not answer
    "rhetorical_asks_zh": PHRASES,
    "rhetorical_can_zh": PHRASES,  # 会 in 我会猜不到？
    # muddled, not a don't-know: 晕 in 绕晕了, 懵 in 整懵了 beside a guess (verdicts23hans)
    "muddled_zh": PHRASES,
    # 的 and the dialects' 嘞, 滴 typed for it, tying a description to a thing (verdicts23hans)
    "attributive_zh": CHARS,
    "rhetorical_how_zh": PHRASES,  # 怎么会, 哪能 in 哪能不知道 (rules25hans)
    # bare 怎么, 咋: a rhetorical how only after a claim to know earlier (知道啊 咋不知道)
    "rhetorical_how_bare_zh": WORDS,
    "asks_how_openers_zh": PHRASES,  # 點過呀？ asks how: no guess after a don't-know
    "why_subjects_zh": CHARS,  # 我 in 我为什么是三 (rules25hans)
    "asker_how_zh": PHRASES,  # 怎样 in 你心脏怎样了
    "rhetorical_still_zh": PHRASES,  # 还 in 我还不知道你
    "known_ones_zh": CHARS,  # 你 in 我还不知道你
    "taken_for_zh": PHRASES,  # 当我 in 你当我不知道呢
    "excuse_leads_zh": PHRASES,  # 我又不是 in 我哪知道 我又不是猪
    "refused_saying_zh": PHRASES,  # 不会答 in 我不会答2
    "what_for_zh": PHRASES,  # 干嘛 in 提爸爸干嘛: a phrase asked what for (rules22hans)
    "thinking_zh": CHARS,  # 想 in 在想周末干什么: what to do, not what for
    "place_measures_zh": CHARS,  # 条 in 左边那条道: a side naming a place
    "noun_tails_zh": CHARS,  # 槽 in 洗碗槽: a phrase inside a longer noun
    "same_routine_measures_zh": CHARS,  # 又是…那套, 又係…嗰條: the same routine again
    "noun_tail_breaks_zh": CHARS,  # 了 in 三毛病了: the tail is a word of its own (病了)
    "longer_nouns_zh": WORDS,  # 洗碗机: a longer noun, whole, whatever its tail
    "ailing_zh": PHRASES,  # 不好 in 心脏不好就去看: a thing said ailing (rules23hans)
    "taken_for_closers_zh": CHARS,  # 呢 in 当我不知道呢
    "taken_for_not_after_zh": CHARS,  # 就 in 就当我不知道吧 ("say I don't know")
    "own_story_leads_zh": PHRASES,  # 我家 in 我家冰箱…
    "able_tails_zh": PHRASES,  # 能吃 in 西瓜冬瓜都能吃: a guess ruled out (wp25)
    "unclear_questions_zh": PHRASES,  # 问哪个 in 我哪知道你在问哪个
    "prediction_verbs_zh": PHRASES,
    # the asker's move once a task is done (唱完你 + 就叫我): crossed into mention frames
    "task_done_leads_zh": PHRASES,
    "task_done_verbs_zh": PHRASES,
    # "how could I not know" (那能不知道么, 點會唔知, 哪个不晓得) folds to 当然知道: a lead,
    # then a negator, then a verb of knowing
    # a "where is there" that says there is none (哪有 → 没有): rules "a rhetorical where" and
    # "where is there"
    "rhetorical_wheres_zh": TABLE,
    "double_negative_leads_zh": PHRASES,
    # ...but not 能 after these: 可能不知道 hedges, 最好能不知道 wishes (no "of course I know")
    "literal_can_leads_zh": PHRASES,
    "knowing_verbs_zh": PHRASES,
    "noticing_verbs_zh": PHRASES,
    "perceiving_potentials_zh": PHRASES,
    "where_denials_zh": PHRASES,
    "dismissed_states_zh": CHARS,
    # Southwest Mandarin's "won't" (我不得上当, 才不得说): 不得 after one of wont_leads_zh, or
    # opening a clause, folds to 不会, unless a character of wont_kept_zh follows (不得不,
    # 不得了, 不得劲: Mandarin's own words)
    "wont_leads_zh": CHARS,
    "wont_kept_zh": CHARS,
    # a dialect's word by its sound that Mandarin writes as another word (Henan 号 for 好): folded
    # only opening a clause before one of clause_opening_followers_zh, where the Mandarin word
    # never stands (号啊 叫两声听听; not 几号啊, 5号啊, 没信号啊)
    "clause_opening_sounds_zh": TABLE,
    "clause_opening_followers_zh": CHARS,
    # "anything goes" (做乜都得, 干嘛都可以, 你想點都得) folds to 随便: a question word, 都 or 也,
    # then a word of consent; it answers, it asks nothing back
    "anything_words_zh": PHRASES,
    "anything_goes_zh": PHRASES,
    # a Cantonese swear put inside a word for force (唔撚知, 好撚易, 乜撚嘢; Kongish 唔L知):
    # dropped between two Chinese characters, the word read as without it
    "swear_infixes_zh": PHRASES,
    # a Chinese negator typed right before an English word negates that word (唔 sure: not
    # sure, 唔 ok: not ok): negator → the English it folds to
    "negated_english_zh": TABLE,
    # having fallen, said after the fact (中计, 被套路, 又呃我, "got me", "dammit"): no
    # seeing through in advance (see Matcher._admitted)
    "admissions": PHRASES,
    # a trick word asked right before one of these (这题有坑吗) beside an answer doubts the
    # answer, it sees nothing through (rule "a trick asked as a doubt")
    "doubt_asks_zh": PHRASES,
    "catches_zh": PHRASES,
    # the trick turned back: a landing answer said of the asker (ur an eejit, 你先叫我爸爸)
    # sees through it (see Matcher._turned_back)
    "turned_back_leads": PHRASES,
    "called_back_leads": PHRASES,
    # a landing phrase opening with one of these is about oneself or the asker ("you, im an
    # idiot"): never the trick turned back
    "oneself_or_asker_openers": WORDS,
    "mention_questions": WORDS,  # not after a question: 你想我说什么, "what ... want me to say"
    # a clause beside a don't-know holding one of these (as a unit, or as two characters) asks
    # back, no guess it hedges: 几步？, 咩字呀？, "do they?", 提示下?
    "asks_back_not_guess": WORDS,
    # a clause opening with one of these asks back what a thing is ("what is icup", Pidgin
    # "wetin be"): the branch phrases after it in the clause answer nothing
    "asks_back_en": WORDS,
    # rule "what it is, asked last" (Singlish, Patois): a copula of these right before a
    # question word of `what_asked_last_en` closing its question ("icup is what word?")
    "copulas_before_what_asked_last_en": WORDS,
    "what_asked_last_en": WORDS,
    # "which" right before one of these concludes ("which leaves 9?"): no question back
    "concluding_verbs_en": WORDS,
    "asks_back_zh": PHRASES,  # 是谁 in 小明是谁？
    # a don't-know with a fact beside it (猜不出来，我只晓得自己是A型, "no idea, all i know is
    # im A"): what follows one of these is what the victim knows, not the answer asked for
    "known_only_leads": PHRASES,
    # a question about oneself after a don't-know is rhetorical, no guess ("how would I know, am
    # I a lawyer?", Pidgin "I be lawyer?"): the don't-know stands
    "self_questions_en": PHRASES,
    # Pidgin puts "no" between the subject and the verb as "not" (I no go look, I no dey cry):
    # a one-word no right after one of these, with a word after it, is no answer of no
    "subjects_en": WORDS,
    # Pidgin's verbal negation folds to English where a clause cuts (cow no dey drink milk: cow
    # dont drink milk; I no go look: I wont look; no be me: not me): "no" then a key, after a
    # word not among `pidgin_no_after_en` (oh no, lol no, hell no stay a no), or opening its
    # clause before one of `pidgin_no_openers_en` (no be me: not me; "no, go away" stays a no)
    "pidgin_negation_en": TABLE,
    "pidgin_no_after_en": WORDS,
    "pidgin_no_openers_en": WORDS,
    # Pidgin's comparative after a word (e fat pass, e sweet pass me: "more") folds to its
    # English, unless the word is one of `pidgin_comparative_stops_en` (i pass, hard pass)
    # Pidgin's copula after a subject folds to English (I be: im, you be: youre, e be: its)
    "pidgin_copula_en": TABLE,
    # Caribbean creole's "is" after one of these subjects is its copula ("i is de pig": im
    # the pig)
    "creole_is_en": TABLE,
    # rule "the r not sounded": an -er typed as said where the r is silent (slippahs: slippers),
    # the typed ending → the written one, longest first
    "r_less_endings_en": TABLE,
    # Pidgin's "am" after one of these verbs is "it" (I like am: I like it)
    "pidgin_am_verbs_en": WORDS,
    "pidgin_comparatives_en": TABLE,
    "pidgin_comparative_stops_en": WORDS,
    # Scots negation folds to English: an auxiliary's stem with -nae or -na (cannae, didna,
    # wouldnae: cant, didnt, wouldnt), "no" after one of `scots_no_subjects_en` or before "a"
    # (am no the pig: im not the pig; no a clue: not a clue), "ye" as "you" inside a clause
    "scots_negation_en": TABLE,
    "scots_no_subjects_en": TABLE,
    # Scots "no" inside a clause before one of these is "not" ("the whites no the yolk", "hes no
    # bein daft"), after a word but one of `scots_no_exclamations_en`
    "scots_not_before_en": WORDS,
    # after one of these, Scots "no" is still a no ("hell no the pig", "nah no the")
    "scots_no_exclamations_en": WORDS,
    "scots_ye_verbs_en": WORDS,
    # Scots "nae" before one of these is "not" ("nae really", "nae every"); before a noun or
    # alone it is "no" ("nae time for jokes", "nae chance")
    "scots_nae_not_before_en": WORDS,
    # Singlish "never" after one of these things and before a verb is "didnt" ("door never lock")
    "singlish_never_subjects_en": WORDS,
    # Singlish's sentence particles: "one" before one, closing the answer, is a particle too
    "singlish_tails_en": WORDS,
    # after one of these (a determiner, a verb of choosing), "one" before a tail is still 1
    # ("take one lah")
    "singlish_one_kept_after_en": WORDS,
    # Scots "ma" before one of these (a parent) is "my" ("yer no ma da")
    "scots_ma_nouns_en": WORDS,
    # Scots "ma" after one of these (a preposition) is "my" too ("in ma apprenticeship")
    "scots_ma_after_en": WORDS,
    # Scots "wan" (folded to "want") after one of these is "one" ("ah ken this wan")
    "scots_wan_after_en": WORDS,
    # Jamaican Patois folds to English where a clause cuts: "mi" is I (me after a word), "yuh"
    # you beside another word, a key after a subject (or "nuh" after any word) before a word is
    # its English (mi nuh know: i dont know, by Pidgin's table; mi nah look: i wont look)
    "patois_negation_en": TABLE,
    # Patois is read only where one of these is typed as a word of its own (a gate: "mi好" is
    # none); a verb after one of `patois_folding_en` takes Pidgin's fold ("mi nuh know": i dont
    # know); "mi", "yuh" before one of `patois_particles_en` and a word is a subject ("yuh ago
    # seh"); "na" negates only after one of `patois_na_subjects_en` ("mi na know"); a closing
    # "nuh" after one of `patois_tag_stops_en` is still a no ("mi seh nuh", "or nuh")
    "patois_words_en": WORDS,
    "patois_folding_en": WORDS,
    "patois_particles_en": WORDS,
    "patois_na_subjects_en": WORDS,
    "patois_tag_stops_en": WORDS,
    # "nah" before one of these is dont ("me nah know"), by Pidgin's table, not wont
    "patois_nah_states_en": WORDS,
    # rule "me for I, in Creole": "me" opening its clause (or after a joiner) before one of
    # these is the subject I ("me nah know", "how me go know")
    "patois_me_subject_before_en": WORDS,
    # a subject after one of these opens a clause ("cho mi nuh know": i; "and i not crying"),
    # and a Scots "no" after one is no "not" ("and no the")
    "joiners_en": WORDS,
    # a yes on its own (ye, yeah, aye, ok): "ye", "yuh", "ya" right after one is no "you"
    # ("aye ye", "aye yuh"), nor is a Scots "no" after one "not" ("aye no the")
    "short_yeses_en": WORDS,
    # a no on its own (nah, nope): a subject right after one still opens its clause ("nah i
    # aint biting": im not biting; "nah he a liar": hes a liar)
    "short_noes_en": WORDS,
    # Hindi and Urdu put "nahi" before the verb as "not" (save nahi hai: not saved; main suar
    # nahi hoon: I am not a pig): after a word in its clause it folds to its English, unless
    # that word is an exclamation of `pidgin_no_after_en` or one of `hindi_no_after_en`
    # (bilkul nahi, yaar nahi stay a no); opening its clause it stays a no
    "hindi_negation_en": TABLE,
    "hindi_no_after_en": WORDS,
    # a yes of these alone in its clause, asked ("haan?", "acha?"), is huh? or really?: no yes
    "asked_yes_en": WORDS,
    # huh, 吓: a clause of these asked ("huh? idk") asks back, it guesses nothing
    "huh_words": WORDS,
    # a lexicon word of these counts only alone in its clause, tone words and particles aside
    # (Igbo "mba": "im an mba" is the degree), or only closing it (Tagalog "hindi naman", not
    # really: "hindi naman bawal" is "it's not forbidden"; Hokkien 毋捌, 我毋捌去過: never been)
    "said_alone": WORDS,
    "said_closing": WORDS,
    # a character a dialect types for a word by its sound, that Mandarin reads as another word
    # (Hokkien 哇, guá, is 我; Mandarin's 哇 is "wow"): read as the word only where nothing else
    # fits and the state's own phrase then holds it where the character stood
    "typed_by_dialect_sound_zh": TABLE,
    # a word of a language or dialect beside English that English spells too (Sinhala "ow",
    # yes; Caribbean "cole", cold): read as its word only where the answer read as English
    # reaches nothing, and only where the branch it then reaches is reached through it; never
    # alone when English has it as an exclamation (a wince: "ow"), nor beside a word of pain
    "english_lookalikes_en": TABLE,
    # of those, the reply words (yes, no): each counts only before a word of the question's own
    "lookalike_replies_en": WORDS,
    "lookalike_exclamations_en": WORDS,
    "winces_en": WORDS,
    # languages named in English ("in nepali"): the unread words of an answer that names one are
    # that language's, no name beside a lookalike (rule "a name is no lookalike")
    "languages_named_en": WORDS,
    # a Cantonese sentence particle typed with a common character of its sound (掛 for 啩): the
    # particle where it closes a clause, as typed (Traditional), before Simplified is made
    "closing_particle_spellings_zh": TABLE,
    # zhuyin's spelling of a syllable in pinyin (ㄙ + ㄨㄣ: s + un): its initials, its rimes
    # after an initial, the rimes spelt alone (ㄧㄢ: yan), and the initials that are a syllable
    # alone inside a word (ㄓ: zhi, in ㄅㄨㄓㄉㄠ)
    # a reply word alone, or a degree word opening an exclamation, before a closing 哇: the
    # particle 啊 there (是哇？, 好想哇), not Hokkien's 我
    "particle_wa_replies_zh": WORDS,
    "particle_wa_degrees_zh": CHARS,
    # a so-so (一般般) beside another branch's answer in another clause only hedges it
    "so_so_zh": WORDS,
    "zhuyin_initials_zh": TABLE,
    "zhuyin_rimes_zh": TABLE,
    "zhuyin_alone_zh": TABLE,
    "zhuyin_syllabic_zh": TABLE,
    # a take-back of the whole answer before it, "not even that" (有少少攰……都唔算): that answer
    # is no answer, whatever unread talk follows
    "not_even_zh": PHRASES,
    # a verb whose 不对 right after it is its result (念不对: can't say it right), no correction
    "wrong_result_verbs_zh": CHARS,
    # tone words either may have around it, beside fillers_en and particles_zh ("hindi naman po")
    "said_alone_tones": WORDS,
    # politeness words dropped between two words of a clause (Tagalog "di ko po alam" is "di ko
    # alam"), not after a determiner ("a po boy" is a sandwich)
    "inside_tones_en": WORDS,
    # an Ulster tag closing a clause, "so" and one of these subjects and verbs ("i hate it so i
    # do", "its class so it is"), repeats what was said: no conclusion, no yes of its own
    "tag_subjects_en": WORDS,
    "tag_verbs_en": WORDS,
    # a verb of saying between a negator and a punchline's words refuses them, seeing through
    # the trick ("not saying toast", "i cant call you daddy")
    "saying_verbs_en": WORDS,
    # a hedged yes of these after a word of kind_leads_en names a kind ("what kinda question
    # is that", "some sort of joke"): no yes
    # a verb of these right before "where", a word of going_words_en a few words after it:
    # the trick seen coming ("i see where dis going", "i know where this dey go")
    "seeing_verbs_en": WORDS,
    "going_words_en": WORDS,
    # ...with one of these right after "where" ("where this going", not "where to go")
    "going_subjects_en": WORDS,
    # a branch's word that is also a pet name, opening its clause before "i", "im" or "we",
    # addresses the asker ("boo i missed u too"): no answer
    "endearments_en": WORDS,
    # what the speaker is busy doing ("im literally making toast rn"): a branch's word as the
    # object of one of these, after "im" or "am", is about the speaker's day, no answer
    "doing_verbs_en": WORDS,
    "doing_dets_en": WORDS,  # "im making the toast": a determiner between verb and object
    "asked_after_en": WORDS,  # "are", "r" opening "are you ok?"
    "later_en": WORDS,  # "ur next one is…": the asker's later question
    "this_that_en": WORDS,  # "is that a…?": what the word is, asked
    "what_kind_of_en": WORDS,
    "kind_words_en": PHRASES,
    # people as the subject of a graded word ("you sound a bit funny"; rule "a degree graded")
    "persons_en": WORDS,
    "kind_leads_en": WORDS,
    # a degree word (a bit, kinda) after a verb of seeming or being and before another word
    # grades that word ("you sound a bit funny", "im kinda tired"): no hedged answer
    "degree_words_en": PHRASES,
    "degree_leads_en": WORDS,
    # a negator and a verb of saying that hedge a no, refusing nothing ("cant say i have")
    "hedged_sayings_en": PHRASES,
    # to "save it?" (a written routine), a yes that only grades (还行, "probably") and a no
    # that says something is wrong or not done yet (不对, "not yet"): asked again
    "graded_yeses": PHRASES,
    "not_yet_nos": PHRASES,
    # words that tie an answer's word to another's as the same (八把=爸爸, 八把就是爸爸: rule
    # "the pun spelt out", bot/content/reading.py), as typed
    "equation_words": PHRASES,
    # the word that plays a routine offered in another language all the same (/prank
    # ten-knives 照玩, or alone, answering the offer), and the words of assent people type
    # before it (ok 照玩, 好吧照玩), or alone, a plain yes to the offer (好啊, "sure"):
    # bot/conversation/engine.py
    "anyway_words": WORDS,
    "anyway_leads": WORDS,
    # the marks that may close either (照玩！, 好，照玩), and those that close only a word of
    # assent (好、照玩)
    "anyway_marks": CHARS,
    "anyway_lead_marks": CHARS,
    # characters of grammar that make no routine's name close to a name /prank finds nothing
    # by (不存在的, 有没有新的): bot/content/titles.py, `TitleIndex.near`
    "name_fillers_zh": CHARS,
    # what /prank is asked for a joke or a story by (/prank 笑话, "tell me a joke"): pointed to
    # /joke and /story (bot/conversation/engine.py), compared whole as a title is
    "prank_asks_joke": WORDS,
    "prank_asks_story": WORDS,
    # ...once these words around a request are off either end (给我讲个笑话吧, "tell me a joke pls")
    "prank_asks_around": WORDS,
    # "ya" opening its clause before one of these is you ("ya think", "ya wish"), as after a
    # word ("told ya"); alone or before anything else it is yes ("ya lah", "ya can")
    "ya_verbs_en": WORDS,
    # words of languages the bot does not read (Tagalog, Malay, Swahili) that wordfreq's English
    # list holds anyway (web text borrows them): counted as unread by rule "another language"
    "unread_words_en": WORDS,
    # a clause opening with one of these and closing with "?" asks back ("who get red house for
    # this area?"): a branch's word inside it is asked about, not given; not before a word of
    # `asked_back_guesses_en` ("how about red?", "why not red?" suggest it)
    "asked_back_openers_en": WORDS,
    "asked_back_guesses_en": WORDS,
    # a word asking who or why before a branch's word in its clause asks back about it (为什么
    # 老问猪, 谁会刷蓝色): the word is asked about, not given (wp23)
    "asked_back_words_zh": WORDS,
    "asked_who_zh": WORDS,
    # a clause opening with one of these and closing with "?" asks about a thing ("are the
    # feathers wet?"): a branch's word in it with something said of it after, or a place word
    # before it, is asked about, not given; not after a word of `about_guesses_en` ("is it the
    # feathers?", "you mean the shop?" guess it)
    "about_questions_en": WORDS,
    "about_guesses_en": WORDS,
    "about_places_en": WORDS,
    # "since when am I a pig" is "im not a pig": each key folds to its value in the answer
    "rhetorical_never_en": TABLE,
    # a subject opening its clause right before "not" and a word takes its dropped copula back
    # (Singlish "i not crying", Patois "mi nuh pig": im not crying, im not pig)
    "dropped_copula_en": TABLE,
    # dialect's words and forms read as plain English (verdicts24endialect): a word cut with an
    # apostrophe, read before apostrophes are dropped ("b'y", "tha's"); "X'n" as "X one" after
    # these, "than" after a comparative or these; phrases of whole words ("fixin to")
    "contracted_words_en": TABLE,
    "one_contractions_en": WORDS,
    "than_contractions_en": WORDS,
    "dialect_phrases_en": TABLE,
    # nonstandard verb agreement ("I knows", "you wants me"): a word ending in -s after a
    # subject is its verb's plain form; some subjects only before one of the objects
    "agreement_subjects_en": TABLE,
    "agreement_with_object_en": WORDS,
    "agreement_objects_en": WORDS,
    "agreement_not_verbs_en": WORDS,
    "agreement_irregular_en": TABLE,
    # a word that cannot close its clause as typed, read as the word it sounds like there
    # ("whos their": there; "couldnt tell yer": you); the words that may follow it still
    "closing_words_en": TABLE,
    "closing_tails_en": WORDS,
    # Doric's wh typed f, where the words are English too (fa, fit, far, fan: who, what, where,
    # when): read as the question word only opening a clause or after a verb of knowing, and
    # before a subject or an auxiliary ("fa are ye callin", "I see fit ye're at")
    "doric_questions_en": TABLE,
    "doric_question_next_en": WORDS,
    "doric_question_after_en": WORDS,
    # a verb of thinking opening its clause before a subject, its own "i" dropped ("spose i
    # could": i suppose i could)
    "subjectless_verbs_en": WORDS,
    "subjectless_subjects_en": WORDS,
    # Pidgin's future: "go" after a subject and before one of these is "will" (you go dey look:
    # you will dey look), not the verb go
    "pidgin_future_en": WORDS,
    # a branch's phrase holding a key also matches with the key read as each of its words:
    # 你和猪 as 你跟猪, 和你一样 as 和你没区别, 我不是猪 as 我才不是猪
    # the asker as 您 or 恁 in a mention frame or the question's pieces said (not 冷: 冷就说)
    "askers_zh": WORDS,
    # a verdict after "whatever I say, you'll say" (我说什么你都说不对): no line foretold
    "verdicts_zh": WORDS,
    "phrase_variants_zh": WORD_LISTS,
    # "when was I ever" (我几时係过猪, folded 我什么时候是过猪) folds to 我不是猪, 我没说过
    "never_leads_zh": PHRASES,
    "what_then_zh": PHRASES,
    # "can't" (不会, Cantonese 唔识 folded to it) to a question that asks no "can" (会): I
    # cannot answer, a don't-know (这题好难 不会), not "won't"
    "cannot_answer_zh": WORDS,
    # apostrophe-less homophones of a contraction, read as it where nothing else fits: whose
    # there (a knock-knock's "who's there")
    "sound_alikes_en": TABLE,
    # reasons
    "reasons_zh": WORDS,  # 因为: the clause explains, it says neither yes nor no
    "reasons_en": WORDS,
    "nobody_zh": CHARS,  # 没有人: nobody, not no
    "echo_negators_zh": CHARS,  # 不猜 to 猜猜…？: the question's verb negated is no
    "echo_leads_zh": CHARS,  # 我才不打
    "declining_nos_zh": WORDS,  # 不要 to 叫什么名字？: rule "a no to a what"
    "declining_whats_zh": WORDS,
    "declining_closers_zh": CHARS,
    "what_zh": WORDS,  # 有什么区别: the word after asks what, it is no verb to echo
    "scorning_whats_zh": WORDS,  # 赞咩呀, 有什么好夸: rule "a branch's word asked with a what"
    "particle_whats_zh": WORDS,  # 傻瓜咩: a what that closes a longer word as a particle
    # 我六十八了: rule "one's own number"
    "own_number_leads_zh": PHRASES,
    "own_number_adverbs_zh": WORDS,
    "wait_questions": WORDS,  # rule "a wait, then a question": "wait, smoke from what?"
    "words_closing_one_zh": WORDS,  # 老友, 加油: rule "a sound inside a word"
    "rule_of_thumb_openers": WORDS,  # "idk, whichever one's closest": a guess after it
    "idioms_en": PHRASES,  # "boo to a goose": rule "a word inside an idiom"
    # negation
    "negating_tails_zh": PHRASES,  # 好看个屁
    # rule "cannot even afford it": one of these (都, 也), a verb, then one of cannot_afford_zh
    # (不起, two characters): 房子都买不起 is out of reach, not named as the answer
    "cannot_afford_leads_zh": CHARS,
    "cannot_afford_zh": WORDS,
    "negators_zh": CHARS,  # 不喜欢
    # rule "if not, then don't": the order not to after a no (不会说就别说, 不想就不要), each
    # opening with 就 (the rule's gate)
    "then_dont_zh": PHRASES,
    "closing_nos_zh": CHARS,  # 没, 未 closing a no word after an adverb (还没, 仲未)
    "not_negators_zh": WORDS,  # 特别喜欢
    "prohibitions_zh": PHRASES,  # 不要扮我爷爷: rule "the trick forbidden"
    "degree_zh": CHARS,  # 不怎么喜欢, 不太喜欢 (not 超, 足: 不足九只)
    # rule "the thing described": degree words opening a description (太阳足大), the words
    # that are no topic before one (那太好了 is a plain yes), and the amounts they grade
    # (胖了很多: how much, not what it is like)
    "describing_zh": CHARS,
    "not_topics_zh": WORDS,
    "amounts_zh": CHARS,
    # a person (or 的) before the phrase: it is theirs (你脾气很差 names a flaw), no topic
    "possessors_zh": CHARS,
    # interjections shaped like a thing after 的 (我的天, 我的妈): rule "a no of another verb"
    # leaves the no after one a plain no (我的天不要)
    "exclamations_zh": WORDS,
    # rule "one's own people, then a story": "my" and one of own_people_en, then a word not of
    # reporting_en ("me wife had a silk scarf"), tells a story; with one ("my dad says steel",
    # "my mum told me water") it quotes their answer
    "own_people_en": WORDS,
    "reporting_en": WORDS,
    # rule "the asker told off": a bare "dont" and one of these before "me" ("dont remind me",
    # "dont even talk to me") speaks at the asker; "dont embarrass me" is a no
    "telling_off_en": WORDS,
    # rule "one's own, then a story": 我 (阮) right before a kin word (我老豆走咗廿年)
    "mine_zh": CHARS,  # 我, 阮 before a kin word
    "doubting_selves_zh": CHARS,  # 还是我… : the speaker doubting the answer, no second side
    "ask_closers_zh": CHARS,  # 先 closing an ask (你係我嘅乜嘢先): rule "who it is, asked back"
    # rule "a choice beside a don't-know": 属龙定蛇…唔记得 (two guesses, a choice word between)
    "choice_words_zh": PHRASES,  # 定, 还是, 又好似
    # rule "a bargain, no answer": 你请我…就不累, "if you buy me dinner, I'm not tired"
    "bargain_verbs_zh": WORDS,  # 请, 给, 买: what the asker would do
    "bargain_thens_zh": CHARS,  # 就, 才: what the speaker would give for it
    "bargain_conditions_zh": PHRASES,  # 如果 in 如果你请我吃饭我就不累 (verdicts22hans)
    "bargain_verbs_en": WORDS,  # buy, pay, treat
    "bargain_askers_en": WORDS,  # you, ya: after "if"
    # rule "the trick claimed known": 这 (a measure), one of these, 我, then a claim (呢個魔術我識)
    "trick_kinds_zh": WORDS,  # 套, 招, 魔术, 题: a kind of trick or joke named
    "claim_adverbs_zh": WORDS,  # 早就, 一早, 都: between 我 and the claim
    "known_claims_zh": WORDS,  # 识, 知道, 见过, 玩过: the claim, closing its clause
    "question_kinds_zh": WORDS,  # 题, 条: kinds that are questions (这题我知道，三毛: a preamble)
    "met_claims_zh": WORDS,  # 见过, 听过: claims of having met it, seeing through any kind
    "asks_why_zh": WORDS,  # 为什么, 干嘛: a question back anywhere in an answer
    "asks_why_en": WORDS,  # why, wdym: a question back, a word of an answer
    "askers_named": WORDS,  # you, 你: after a why, the asker asked about themselves
    "askers_words_en": WORDS,  # "you asked Paris": rule "the asker's words told back"
    # asking itself (问, "ask"): a why beside one asks why the question was asked ("why do
    # you ask", 你问这个干嘛), not about the game ("why me first"); the bot's "asked why"
    "asking_zh": CHARS,
    "asking_en": WORDS,
    "asks_what_for_zh": WORDS,  # 做什么, 干啥: a question back closing a clause (做什么都行: none)
    "asked_last_zh": WORDS,  # 谁, 什么, 啥: a question back closing a clause
    "not_asked_leads_zh": WORDS,  # 随便, 没, 都: before a closing 什么, no question (没什么)
    # rule "the asker a machine": 你 (是, 一个) and one of these (你是机器人，哪有年龄)
    "machines_zh": WORDS,  # 机器人, 程序, bot: what the asker is called
    "machine_leads_zh": CHARS,  # 是, 一, 个: between 你 and the machine
    # rule "a contrast, not an answer": 猪会拱地，我不会 (我不会 says the pig's verb of oneself)
    "contrast_subjects_zh": CHARS,  # 我, 你: the subject of the bare contrast clause
    "contrast_modals_zh": CHARS,  # 会, 能, 识: the modal it repeats from the clause before
    "contrast_kin_modals_zh": CHARS,  # 会, 识: one modal in two dialects (豬識打呼 我唔識 folded 不会)
    # rule "the asker's next move foretold": 讲孙悟空你就变…, 我说了你就答应 (a trick named)
    "foretelling_verbs_zh": CHARS,  # 说, 讲, 打, 唱: the speaker's doing that the asker awaits
    "foretelling_done_zh": CHARS,  # 了, 完, 出, 来: the doing done (我讲出来)
    "foretelling_next_zh": CHARS,  # 就, 咪, 又: 你 then one of these, the asker's move
    "foretold_moves_zh": CHARS,  # 说, 应, 叫, 问, 变: the asker's move (not 生气: a reaction)
    "foretold_modals_zh": CHARS,  # 要, 会 before the move (你就要应, 你就会说)
    "foretold_tricks_zh": WORDS,  # 爸, 孙, 宝, 猪: what the foretold move must hold, the trick
    "own_kin_zh": WORDS,  # 爸爸, 老婆, 个仔: one's own people, as subjects of a story
    # rule "said of one's own": a phrase relayed (我老公说朝北) or compared (跟我爸一样属龙) answers
    "reporting_zh": CHARS,  # 说, 讲, 猜 between the kin and the phrase
    "comparing_zh": CHARS,  # 跟, 和, 同 right before 我
    "alike_zh": WORDS,  # 一样 after the kin
    "third_persons_zh": CHARS,  # 他, 她: of them after the verb (我老公都說他不唱), or 小明他妈
    # 就, 咪 after a verb (not right after 他): the next verb is the speaker's (看到他就跑)
    "subject_resets_zh": CHARS,
    "kin_not_alone_zh": WORDS,  # 女, 仔: kin too short to stand alone after 我 (我女生, 我仔细)
    "mine_en": WORDS,  # my, me, our opening a clause before a word of own_people_en
    # rule "the premise denied": "theres no ceiling" where the speaker says where they are
    "there_is_en": WORDS,  # theres, got, has: a "no" after one is a determiner
    "speaker_is_en": WORDS,  # im, am before a word of at_en: the speaker's whereabouts
    "at_en": WORDS,  # at, on, in: im at work, im on the bus
    "place_leads_en": WORDS,  # the, my skipped before the place (im in my bed)
    "under_a_roof_en": WORDS,  # home, bed, room: a place with a ceiling, no whereabouts
    # the speaker as subject: rule "a pet name" (boo i missed u) and "a lean of one's own"
    "own_subjects_en": WORDS,  # i, ive, we
    "speaker_doing_en": WORDS,  # Pidgin dey after one of own_subjects_en: im (busy doing it)
    "experience_en": WORDS,  # been, went, tried after "i never": one's own experience
    "leans_en": WORDS,  # think, reckon after "i dont": a lean, not one's own life (rules25en)
    "so_leans_en": WORDS,  # "so" after these is leant to ("i think so"), no conclusion
    # rule "by one's own means": "as many as i can get", unless a life's years are counted
    "own_means_en": WORDS,  # i, my, we after "as many as"
    "lifes_years_en": WORDS,  # years, old, born: "as many as ive lived years" counts
    "not_homes_zh": CHARS,  # 人 in 人家: 家 ending a word, no home (rule "owning a thing")
    "askers_own_zh": CHARS,  # 自己 in 你自己不知道吗: the asker's own don't-know
    # rule "fell, then told what it said": 你…说我 (你是说我是傻瓜！) after a fall, unless the
    # asker's move is foreseen (你想说我…)
    "realised_verbs_zh": CHARS,
    "realised_not_zh": CHARS,
    "oneself_zh": WORDS,  # 自己 after 你 (你自己…): the asker named as the subject
    # rule "the joke met before": 这 (these), a joke's name (jokes), a verb then 过 (verbs):
    # 这个段子我听过, 这套把戏我见过
    "met_before_these_zh": CHARS,
    # rule "worked to a conclusion": 就, 所以 before the working's last duration (90个人就90分钟)
    "concluding_zh": PHRASES,
    "per_one_zh": PHRASES,  # 一个, 每 before a duration: a rate of one thing, a step
    "met_before_jokes_zh": PHRASES,
    "met_before_verbs_zh": CHARS,
    # rule "the joke new to them": what follows a negated verb of met_before_verbs_zh (过:
    # 没听过; 说过: 没听说过)
    "met_before_tails_zh": PHRASES,
    # rule "a no, then why it cannot be known": a first clause that doubts, not denies (不是吧)
    "disbelief_zh": PHRASES,
    # rule "a no of another verb": what after a negator (不太), before 都 and a closing no
    # (我们都冇), between 的 and a closing no (说真的我没有) still leaves a plain no
    "keeps_a_no_zh": CHARS,
    "keeps_not_even_zh": CHARS,
    "keeps_a_thing_no_zh": CHARS,
    "giving_up": PHRASES,  # 我投降, "give up": a don't-know giving up after a guess
    # rule "never mind, quitting": after 算了, these quit the game (不玩了), taking nothing back
    "quitting_zh": PHRASES,
    # rule "a refusal with a reason of its own": a reason to stop beside a refusal (累, 开工, 烦)
    "stop_reasons_zh": PHRASES,
    # rule "a refusal with a reason of its own", bare (wp28): the acts of saying the line
    "bare_refused_acts_zh": CHARS,
    "nothing_zh": WORDS,  # 没什么好看
    "worth_zh": WORDS,
    "negators_en": WORDS,  # not, never, dont...
    # arithmetic only between two numbers ("17 take 9"), and a word it may take ("take away")
    "operators_between_en": WORDS,
    "operator_tails_en": WORDS,
    # a negator that is also a language's name (Tagalog "hindi", Hindi), and the words before
    # it naming the language: "in hindi", "i speak hindi" negate nothing
    "negators_named_en": WORDS,
    "language_leads_en": WORDS,
    "negation_stops_en": WORDS,  # but, and...
    # a question opening with one of these asserts what follows ("wasnt that noah", "isnt it
    # halfway?"): its negator negates nothing
    "asserting_questions_en": PHRASES,
    # Irish "sure" before one of those opens the question too: "sure wasnt it seven"
    "asserting_leads_en": WORDS,
    # a negator in a clause opening with one of these asks, it denies nothing ("who no like
    # water?", "which kid doesnt like water", "how i no go notice"): no punchline of no
    "rhetorical_openers_en": WORDS,
    # a question opening with one of these asks the asker ("can you even bark?", "you sure?"):
    # what it holds answers nothing
    "asker_questions_en": WORDS,
    # the asker's own game or chat: "this" before one is said of the asker's as "your" is
    # ("this whole bot is a joke": rule "said of the asker's")
    # "your" as typed: one, a thing and "is" before a branch's phrase say what the asker's
    # thing is ("ur life is a joke": rule "said of the asker's")
    "yours_en": WORDS,
    "askers_things_en": WORDS,
    # a negator right before one of these denies a denial ("i dont hate it", "i dont not like
    # it", "wouldnt say no"): its no words say no no
    "negative_words_en": WORDS,
    "contrasts": WORDS,  # but, 但是: "yes but ..." is yes, qualified
    # between "but" and its put-down: rule "praise, but a put-down" ("but kinda dumb", "but ur
    # annoying")
    "put_down_degrees_en": WORDS,
    "put_down_subjects_en": WORDS,
    # a yes or an ability ended by one of these, then "but" and a no: conceded, the no stands
    # ("i can but i wont")
    "concessions_en": WORDS,
    # what a refusal refuses follows these ("not in the mood for jokes"), and a no before a
    # branch's word that refuses it ("no jokes today")
    "refused_objects_en": WORDS,
    "closing_tags_en": WORDS,  # New Zealand "aye" (eh) closing a don't-know: "dunno aye"
    "oaths_en": WORDS,  # a yes that swears to the answer before it: "i dunno ong"
    "determiner_nos_en": WORDS,
    "refused_between_en": WORDS,
    "refused_yours_en": WORDS,
    "unwilling_en": WORDS,  # after the speaker's negator: "im not gonna", "i dont want to"
    # typos
    "common_en": WORDS,  # never typos of another word: there, form
    # numbers
    "numerals_zh": CHARS,
    # what alone may come before a numeral typed by its sound (还剩巴把): rule "a numeral typed
    # by its sound"
    "numeral_slip_leads_zh": WORDS,
    # "or" between two numbers (28 or 29, 29或28): rule "the question's number, or another"
    "number_or_words": WORDS,
    # words ending in 定 (一定, 肯定, 决定): before 是 (一定是 "surely is") they are the word,
    # no Cantonese 定係 ("or") offering a choice
    "ding_words_zh": WORDS,
    "not_numbers_zh": PHRASES,  # 一下, 万一, 七上八下
    # Taiwan's net slang typed as digits (87 白痴, 484 是不是, 94 就是): beside another number,
    # one of these is a word, not a second number (8把ㄚ 你當我87嗎 says 8)
    "slang_numbers_zh": WORDS,
    # aspect marks between a verb and its count (打死了一只, 接住咗两把): rule "the
    # question's fact echoed" reads 打死一只 as the question's 打死了一只
    "aspect_marks_zh": CHARS,
    # a number right before a word of other_measures (right after one of
    # other_measures_before) counts or measures something else, not what is asked: a clock
    # time (八点, 8 pm), an age (7岁, 7 years old), money (8块, $8), a date, a floor, a route;
    # unless the question uses that word (rule "a number of something else")
    "other_measures": WORDS,
    "other_measures_before": WORDS,
    "operators_en": WORDS,  # times 2: working, not the answer
    # who holds a count (rule "a count held elsewhere, beside mine"): a count right after one
    # of having_verbs_en (past having_between_en) is its subject's; before one of
    # held_by_me_tails_en it is the speaker's, before one of held_elsewhere_tails_en another's
    "having_verbs_en": WORDS,
    "having_between_en": WORDS,
    "count_holders_mine_en": WORDS,
    "held_by_me_tails_en": PHRASES,
    "held_elsewhere_tails_en": PHRASES,
    # after a number, these refer back to the whole said before it ("17, just 8 of them are
    # dead"): rule "a part of the whole before"
    "part_of_tails_en": PHRASES,
    # but not where its clause says that part is the one left ("9 of them left", "9 of them
    # survived"): the part left is the answer itself
    "parts_left_en": WORDS,
    # a part said alive is the part left ("9 of them survived"), unless the whole before is
    # said kept (one of kept_whole_en, or of having_verbs_en, in its clause: "he still has 17")
    "parts_alive_en": WORDS,
    "kept_whole_en": WORDS,
    "operators_zh": CHARS,
    "numbers_en": WORDS,  # read by text2num
    "number_words_en": NUMBERS,  # none: 0, dozen: 12
    "approximately_en": WORDS,  # typed onto a number: 70ish is 70 ish
    # "or" before one of these guesses roughly, it offers no choice ("a mile or so?")
    "approximate_tails_en": WORDS,
    # closing a clause, these take back what was said before them ("yes jk", "paris lol
    # kidding"): it was not meant, unless an answer follows
    "joke_markers_en": PHRASES,
    # a bare marker of one word after one of these is surprise, no marker ("you're kidding",
    # "no kidding", "are you joking")
    "surprised_before_en": WORDS,
    # one of these opening the answer right before a yes word acknowledges ("sound, go on then",
    # "cool go on"): a branch's phrase it is says nothing there
    "acknowledgements_en": WORDS,
    # yes words that also open a remark ("ok this is getting weird"): rule "ok, then a remark"
    "remark_openers_en": WORDS,
    # a clause of one of these alone, asked ("right?"), after a clause saying something asks
    # the asker to agree with it: no yes
    "agreement_tags_en": WORDS,
    # trick words that also scorn an easy question ("think im stupid"): after another branch's
    # answer in an earlier clause they name no trick ("two obviously, think im stupid?")
    "scorning_en": WORDS,
    # one of these, a word of role_determiners_en, then a word only the trick's branch says:
    # the victim names the role the trick casts them in ("no way im being the dog")
    "role_frames_en": PHRASES,
    "role_determiners_en": WORDS,
    # "the", a word only the trick's branch says, then one of these: the joke named by its key
    # word ("is this the yolk one?")
    "joke_kinds_en": WORDS,
    # an English branch phrase right before one of these names a part of something new ("in the
    # back of an ambulance"): no answer
    "part_of_en": PHRASES,
    # an English branch phrase right after one of these is a place been to, talked about, not
    # the answer ("never been. been to paris texas tho")
    "visited_en": PHRASES,
    # the question asked to be said again ("what did you say?", 你刚才说什么): it was not
    # heard, so a branch's word beside it is no answer (rule "said again, asked")
    "say_again": PHRASES,
    # a whole clause asking for the question again or what it means ("huh", "wdym", 蛤, 你说啥,
    # 乜嘢话); one written with a closing "?" counts only asked ("sorry?"). An answer of these
    # alone answers nothing yet (rule "asked again")
    "asks_again": PHRASES,
    # a put-off closing a clause ("ask me later", 等下再说): not now, no answer, so a branch's
    # word beside it is about something else (rule "a put-off")
    "put_offs": PHRASES,
    # thinking aloud closing a clause ("let me think", 让我想想, 等我諗吓): no answer yet, so a
    # hum before it (嗯) is no yes; what a later clause says is the answer (rule "a put-off")
    "thinking_aloud": PHRASES,
    # the question handed back closing a clause ("you first", 你先说, 你猜): no answer yet
    # (rule "the question handed back")
    "hands_back": PHRASES,
    # yes words that are only a hum (嗯, "mm"): before thinking aloud they say no yes
    "hums": WORDS,
    # the sounds of thinking ("hmm", "um", 呃): alone, no answer yet (rule "a put-off"); a hum
    # of `hums` (嗯, "mm") alone is a yes, thinking only trailing off (嗯……, "mm...")
    "thinking_sounds": WORDS,
    # a later question of the routine ("the last one", 下一题): a trick word in a clause naming
    # one predicts the set-up, it names this trick (rule "the set-up seen ahead")
    "later_questions": PHRASES,
    # a `trick` word claiming to know this routine, not only its kind ("heard this one before",
    # 識晒, 这套路我晓得): beside a warm-up's answer it sees through it (rule "the routine claimed
    # known", bot.content.corpus)
    "knowing_claims": WORDS,
    # `trick` words about the speaker's own wits ("im no daft", 我不傻): beside a bare yes to a
    # warm-up ("can you spell it?" "aye, im no daft") they say how sure the yes is (rule "one's
    # own wits beside a yes", bot.content.corpus)
    "wits_claims": WORDS,
    # a conclusion drawn between the give-away and an answer (嫦娥奔月…所以是月亮): the
    # give-away is the speaker's reasoning (rule "the give-away as reasoning", bot.content)
    "reasoning_markers_zh": WORDS,
    "reasoning_markers_en": WORDS,
    # a give-away that only turns the insult back (你才是猪, 你先係豬): beside a branch's own
    # answer ("我唔係豬，你先係豬") it is a retort, the answer stands (rule "the retort beside
    # an answer", bot.content.corpus)
    "retorts_zh": PHRASES,
    # the answer beside a retort counts only as a denial: its phrase holds one of these (a
    # negator, or asks who: 我不是猪, 谁是猪), not an answer said outright (我是人，你就是猪)
    "retort_denials_zh": PHRASES,
    # the same in English: a give-away opening with one of these turns the insult back
    # ("you're the pig"), and the answer beside it denies by holding one of these words
    # ("I'm not a pig, you're the pig"; rule "the retort beside an answer")
    "retorts_en": PHRASES,
    # a clause opening with one of these is the speaker's own words about themselves (我属虎的,
    # 额好好一个人): beside a retort alone, the safe path (rule "the retort beside one's own words")
    "retort_selves_zh": PHRASES,
    # ...unless it holds one of these, which claim to know the trick (我知你個伏)
    "retort_knowing_zh": PHRASES,
    "retort_denials_en": WORDS,
    # a complaint (无聊, 好烦) refuses to play; beside a question of how much is left (还有几句)
    # the victim is still playing: no refusal (rule "a complaint that goes on")
    "complaints_zh": PHRASES,
    "still_playing_zh": PHRASES,
    # a branch phrase right before one of these is done by someone else, away from the speaker
    # ("they should run from me", 该他们躲开我才对): no answer (rule "away from me")
    "away_from_me": PHRASES,
    # a habit word after "I" (我) and before a branch phrase: one's own habit told, no answer to
    # the riddle (rule "a habit of one's own")
    "habits": PHRASES,
    # a branch's word or number right before one of these (a measure word between) is handed
    # back for the asker to say (八把你自己念): rule "said back at the asker", in Chinese
    "said_back_zh": PHRASES,
    # another branch's phrase opening a later clause before one of these is described, a
    # reason for the answer said first ("steel obvs, feathers are dead light")
    "copulas_en": WORDS,
    # "you" before a name the asker is called ("ya eejit", "you muppet"), as it is typed
    "you_before_a_name_en": WORDS,
    # rule "an amount, not a yes": yes words that are amounts after a number ("5 grand")
    "amount_words_en": WORDS,
    "duration_units": NUMBERS,  # a unit of time → its seconds: minutes: 60, 小时: 3600
    "not_number_en_before": WORDS,  # no one
    "not_number_en_after": WORDS,  # one of them
    # a number word that is no number before these: French "tres" (very), "tres bien"
    "not_number_words_after_en": WORD_LISTS,
    "only_en": WORDS,  # just the one: a number after all
    "determiners_en": WORDS,  # the big one
    # possessives (and youre, which "ur" spells too): an article inside a phrase after one is
    # kept in its variant without articles ("ur the dog" is no "your dog")
    "possessives_en": WORDS,
    "no_pronouns_en": WORDS,  # no one, nobody typed apart: a subject, no correction
}
# The intents the matcher's own rules name (a negated yes counts for no, a clause opening with
# why asks back, ...): a lexicon must define them. It may define more.
REQUIRED_INTENTS = ("yes", "no", "dont_know", "why")
_INTENT_KEYS = {"label", "zh", "en"}
_STAND_IN_KEYS = {"for", "only"}
_NAME = re.compile(r"[a-z][a-z_]{0,31}")

Where = tuple[Any, ...]  # a place in the mapping: keys and list positions


class LexiconError(ValueError):
    """A mapping that is no lexicon: `problems` holds (where, what is wrong) for each."""

    def __init__(self, problems: list[tuple[Where, str]]):
        self.problems = problems
        super().__init__("\n".join(f"{'.'.join(map(str, w)) or '(top)'}: {m}" for w, m in problems))


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Every list the matcher consults (see FIELDS), checked. Compared by identity; what is
    compiled from it is kept on it (`compiled`, and the properties below)."""

    intents: Mapping[str, Mapping[str, Any]]  # name → {label: (zh, en), zh: (...), en: (...)}
    # intent → its stand-ins in order, each (for, only)
    stand_ins: Mapping[str, tuple[tuple[str, tuple[str, ...] | None], ...]]
    cantonese: Mapping[str, str]
    emoji: Mapping[str, tuple[str, ...]]
    english_shorthand: Mapping[str, str]
    dialect_spellings_en: Mapping[str, str]
    pinyin_syllables_zh: Mapping[str, str]
    expletives_en: tuple[str, ...]
    fillers_en: frozenset[str]
    laughs_en: frozenset[str]
    laughing_pieces: tuple[str, ...]
    not_laughs: frozenset[str]
    teases: frozenset[str]
    keyboard_rows: tuple[str, ...]
    pinyin_initials_zh: frozenset[str]
    particles_zh: frozenset[str]
    pronouns_zh: frozenset[str]
    becoming_verbs_zh: frozenset[str]
    only_adverbs_zh: frozenset[str]
    word_starts_zh: frozenset[str]
    directions_zh: frozenset[str]
    sides_zh: frozenset[str]
    closers_zh: tuple[str, ...]
    corrections: tuple[str, ...]
    replacing_corrections: tuple[str, ...]
    holding_on: tuple[str, ...]
    none_left_zh: tuple[str, ...]
    recount_leads_zh: tuple[str, ...]
    knows_the_way_zh: tuple[str, ...]
    recount_copulas_en: frozenset[str]
    rethinking_en: frozenset[str]
    mention_frames: tuple[str, ...]
    defying_frame_openers_en: frozenset[str]
    defying_frame_openers_zh: frozenset[str]
    prediction_leads_zh: tuple[str, ...]
    near_miss_frames: tuple[str, ...]
    rhetorical_asks_zh: tuple[str, ...]
    rhetorical_can_zh: tuple[str, ...]
    muddled_zh: tuple[str, ...]
    attributive_zh: frozenset[str]
    rhetorical_how_zh: tuple[str, ...]
    rhetorical_how_bare_zh: frozenset[str]
    asks_how_openers_zh: tuple[str, ...]
    why_subjects_zh: frozenset[str]
    asker_how_zh: tuple[str, ...]
    rhetorical_still_zh: tuple[str, ...]
    known_ones_zh: frozenset[str]
    taken_for_zh: tuple[str, ...]
    excuse_leads_zh: tuple[str, ...]
    refused_saying_zh: tuple[str, ...]
    what_for_zh: tuple[str, ...]
    thinking_zh: frozenset[str]
    place_measures_zh: frozenset[str]
    noun_tails_zh: frozenset[str]
    same_routine_measures_zh: frozenset[str]
    noun_tail_breaks_zh: frozenset[str]
    longer_nouns_zh: frozenset[str]
    ailing_zh: tuple[str, ...]
    taken_for_closers_zh: frozenset[str]
    taken_for_not_after_zh: frozenset[str]
    own_story_leads_zh: tuple[str, ...]
    able_tails_zh: tuple[str, ...]
    unclear_questions_zh: tuple[str, ...]
    prediction_verbs_zh: tuple[str, ...]
    task_done_leads_zh: tuple[str, ...]
    task_done_verbs_zh: tuple[str, ...]
    rhetorical_wheres_zh: Mapping[str, str]
    double_negative_leads_zh: tuple[str, ...]
    literal_can_leads_zh: tuple[str, ...]
    knowing_verbs_zh: tuple[str, ...]
    noticing_verbs_zh: tuple[str, ...]
    perceiving_potentials_zh: tuple[str, ...]
    where_denials_zh: tuple[str, ...]
    dismissed_states_zh: frozenset[str]
    wont_leads_zh: frozenset[str]
    wont_kept_zh: frozenset[str]
    clause_opening_sounds_zh: Mapping[str, str]
    clause_opening_followers_zh: frozenset[str]
    anything_words_zh: tuple[str, ...]
    anything_goes_zh: tuple[str, ...]
    swear_infixes_zh: tuple[str, ...]
    doubting_selves_zh: frozenset[str]
    admissions: tuple[str, ...]
    turned_back_leads: tuple[str, ...]
    oneself_or_asker_openers: frozenset[str]
    called_back_leads: tuple[str, ...]
    mention_questions: frozenset[str]
    asks_back_not_guess: frozenset[str]
    asks_back_en: frozenset[str]
    copulas_before_what_asked_last_en: frozenset[str]
    what_asked_last_en: frozenset[str]
    concluding_verbs_en: frozenset[str]
    asks_back_zh: tuple[str, ...]
    known_only_leads: tuple[str, ...]
    self_questions_en: tuple[str, ...]
    subjects_en: frozenset[str]
    pidgin_negation_en: Mapping[str, str]
    pidgin_no_after_en: frozenset[str]
    pidgin_no_openers_en: frozenset[str]
    pidgin_copula_en: Mapping[str, str]
    r_less_endings_en: Mapping[str, str]
    creole_is_en: Mapping[str, str]
    pidgin_am_verbs_en: frozenset[str]
    pidgin_comparatives_en: Mapping[str, str]
    pidgin_comparative_stops_en: frozenset[str]
    scots_negation_en: Mapping[str, str]
    scots_no_subjects_en: Mapping[str, str]
    scots_not_before_en: frozenset[str]
    scots_no_exclamations_en: frozenset[str]
    scots_ye_verbs_en: frozenset[str]
    scots_nae_not_before_en: frozenset[str]
    singlish_never_subjects_en: frozenset[str]
    singlish_tails_en: frozenset[str]
    singlish_one_kept_after_en: frozenset[str]
    scots_ma_nouns_en: frozenset[str]
    scots_ma_after_en: frozenset[str]
    scots_wan_after_en: frozenset[str]
    pidgin_future_en: frozenset[str]
    patois_negation_en: Mapping[str, str]
    patois_words_en: frozenset[str]
    patois_folding_en: frozenset[str]
    patois_particles_en: frozenset[str]
    patois_na_subjects_en: frozenset[str]
    patois_tag_stops_en: frozenset[str]
    patois_nah_states_en: frozenset[str]
    patois_me_subject_before_en: frozenset[str]
    joiners_en: frozenset[str]
    short_yeses_en: frozenset[str]
    short_noes_en: frozenset[str]
    hindi_negation_en: Mapping[str, str]
    hindi_no_after_en: frozenset[str]
    asked_yes_en: frozenset[str]
    huh_words: frozenset[str]
    said_alone: frozenset[str]
    said_closing: frozenset[str]
    typed_by_dialect_sound_zh: Mapping[str, str]
    english_lookalikes_en: Mapping[str, str]
    lookalike_replies_en: frozenset[str]
    lookalike_exclamations_en: frozenset[str]
    winces_en: frozenset[str]
    languages_named_en: frozenset[str]
    closing_particle_spellings_zh: Mapping[str, str]
    particle_wa_replies_zh: frozenset[str]
    particle_wa_degrees_zh: frozenset[str]
    so_so_zh: frozenset[str]
    zhuyin_initials_zh: Mapping[str, str]
    zhuyin_rimes_zh: Mapping[str, str]
    zhuyin_alone_zh: Mapping[str, str]
    zhuyin_syllabic_zh: Mapping[str, str]
    not_even_zh: tuple[str, ...]
    wrong_result_verbs_zh: frozenset[str]
    said_alone_tones: frozenset[str]
    inside_tones_en: frozenset[str]
    tag_subjects_en: frozenset[str]
    tag_verbs_en: frozenset[str]
    saying_verbs_en: frozenset[str]
    seeing_verbs_en: frozenset[str]
    going_words_en: frozenset[str]
    going_subjects_en: frozenset[str]
    endearments_en: frozenset[str]
    doing_verbs_en: frozenset[str]
    doing_dets_en: frozenset[str]
    asked_after_en: frozenset[str]
    later_en: frozenset[str]
    this_that_en: frozenset[str]
    what_kind_of_en: frozenset[str]
    kind_words_en: tuple[str, ...]
    persons_en: frozenset[str]
    kind_leads_en: frozenset[str]
    degree_words_en: tuple[str, ...]
    degree_leads_en: frozenset[str]
    hedged_sayings_en: tuple[str, ...]
    graded_yeses: tuple[str, ...]
    not_yet_nos: tuple[str, ...]
    equation_words: tuple[str, ...]
    anyway_words: frozenset[str]
    anyway_leads: frozenset[str]
    anyway_marks: frozenset[str]
    anyway_lead_marks: frozenset[str]
    name_fillers_zh: frozenset[str]
    prank_asks_joke: frozenset[str]
    prank_asks_story: frozenset[str]
    prank_asks_around: frozenset[str]
    ya_verbs_en: frozenset[str]
    unread_words_en: frozenset[str]
    asked_back_openers_en: frozenset[str]
    asked_back_guesses_en: frozenset[str]
    asked_back_words_zh: frozenset[str]
    asked_who_zh: frozenset[str]
    about_questions_en: frozenset[str]
    about_guesses_en: frozenset[str]
    about_places_en: frozenset[str]
    dropped_copula_en: Mapping[str, str]
    contracted_words_en: Mapping[str, str]
    one_contractions_en: frozenset[str]
    than_contractions_en: frozenset[str]
    dialect_phrases_en: Mapping[str, str]
    agreement_subjects_en: Mapping[str, str]
    agreement_with_object_en: frozenset[str]
    agreement_objects_en: frozenset[str]
    agreement_not_verbs_en: frozenset[str]
    agreement_irregular_en: Mapping[str, str]
    closing_words_en: Mapping[str, str]
    closing_tails_en: frozenset[str]
    doric_questions_en: Mapping[str, str]
    doric_question_next_en: frozenset[str]
    doric_question_after_en: frozenset[str]
    subjectless_verbs_en: frozenset[str]
    subjectless_subjects_en: frozenset[str]
    rhetorical_never_en: Mapping[str, str]
    askers_zh: frozenset[str]
    verdicts_zh: frozenset[str]
    phrase_variants_zh: Mapping[str, tuple[str, ...]]
    never_leads_zh: tuple[str, ...]
    what_then_zh: tuple[str, ...]
    negated_english_zh: Mapping[str, str]
    cannot_answer_zh: frozenset[str]
    sound_alikes_en: Mapping[str, str]
    dont_know_verbs_zh: frozenset[str]
    cannot_complements_zh: tuple[str, ...]
    rhetorical_leads_zh: tuple[str, ...]
    potential_complements_zh: Mapping[str, str]
    fitting_verbs_zh: frozenset[str]
    fitting_complements_zh: Mapping[str, str]
    reasons_zh: frozenset[str]
    reasons_en: frozenset[str]
    nobody_zh: frozenset[str]
    echo_negators_zh: frozenset[str]
    echo_leads_zh: frozenset[str]
    declining_nos_zh: frozenset[str]
    declining_whats_zh: frozenset[str]
    declining_closers_zh: frozenset[str]
    what_zh: frozenset[str]
    scorning_whats_zh: frozenset[str]
    particle_whats_zh: frozenset[str]
    own_number_leads_zh: tuple[str, ...]
    own_number_adverbs_zh: frozenset[str]
    wait_questions: frozenset[str]
    words_closing_one_zh: frozenset[str]
    rule_of_thumb_openers: frozenset[str]
    idioms_en: tuple[str, ...]
    negating_tails_zh: tuple[str, ...]
    cannot_afford_leads_zh: frozenset[str]
    cannot_afford_zh: frozenset[str]
    negators_zh: frozenset[str]
    then_dont_zh: tuple[str, ...]
    closing_nos_zh: frozenset[str]
    not_negators_zh: frozenset[str]
    prohibitions_zh: tuple[str, ...]
    degree_zh: frozenset[str]
    describing_zh: frozenset[str]
    not_topics_zh: frozenset[str]
    amounts_zh: frozenset[str]
    possessors_zh: frozenset[str]
    exclamations_zh: frozenset[str]
    own_people_en: frozenset[str]
    reporting_en: frozenset[str]
    telling_off_en: frozenset[str]
    mine_zh: frozenset[str]
    choice_words_zh: tuple[str, ...]
    bargain_verbs_zh: frozenset[str]
    bargain_thens_zh: frozenset[str]
    bargain_conditions_zh: tuple[str, ...]
    bargain_verbs_en: frozenset[str]
    bargain_askers_en: frozenset[str]
    ask_closers_zh: frozenset[str]
    trick_kinds_zh: frozenset[str]
    claim_adverbs_zh: frozenset[str]
    known_claims_zh: frozenset[str]
    question_kinds_zh: frozenset[str]
    met_claims_zh: frozenset[str]
    asks_why_zh: frozenset[str]
    asks_why_en: frozenset[str]
    askers_named: frozenset[str]
    askers_words_en: frozenset[str]
    asking_zh: frozenset[str]
    asking_en: frozenset[str]
    asks_what_for_zh: frozenset[str]
    asked_last_zh: frozenset[str]
    not_asked_leads_zh: frozenset[str]
    machines_zh: frozenset[str]
    machine_leads_zh: frozenset[str]
    contrast_subjects_zh: frozenset[str]
    contrast_modals_zh: frozenset[str]
    contrast_kin_modals_zh: frozenset[str]
    foretelling_verbs_zh: frozenset[str]
    foretelling_done_zh: frozenset[str]
    foretelling_next_zh: frozenset[str]
    foretold_moves_zh: frozenset[str]
    foretold_modals_zh: frozenset[str]
    foretold_tricks_zh: frozenset[str]
    own_kin_zh: frozenset[str]
    reporting_zh: frozenset[str]
    comparing_zh: frozenset[str]
    alike_zh: frozenset[str]
    subject_resets_zh: frozenset[str]
    third_persons_zh: frozenset[str]
    kin_not_alone_zh: frozenset[str]
    mine_en: frozenset[str]
    there_is_en: frozenset[str]
    speaker_is_en: frozenset[str]
    at_en: frozenset[str]
    place_leads_en: frozenset[str]
    under_a_roof_en: frozenset[str]
    own_subjects_en: frozenset[str]
    speaker_doing_en: frozenset[str]
    experience_en: frozenset[str]
    leans_en: frozenset[str]
    so_leans_en: frozenset[str]
    own_means_en: frozenset[str]
    lifes_years_en: frozenset[str]
    not_homes_zh: frozenset[str]
    askers_own_zh: frozenset[str]
    realised_verbs_zh: frozenset[str]
    realised_not_zh: frozenset[str]
    oneself_zh: frozenset[str]
    met_before_these_zh: frozenset[str]
    concluding_zh: tuple[str, ...]
    per_one_zh: tuple[str, ...]
    met_before_jokes_zh: tuple[str, ...]
    met_before_verbs_zh: frozenset[str]
    met_before_tails_zh: tuple[str, ...]
    disbelief_zh: tuple[str, ...]
    keeps_a_no_zh: frozenset[str]
    keeps_not_even_zh: frozenset[str]
    keeps_a_thing_no_zh: frozenset[str]
    giving_up: tuple[str, ...]
    quitting_zh: tuple[str, ...]
    stop_reasons_zh: tuple[str, ...]
    bare_refused_acts_zh: frozenset[str]
    nothing_zh: frozenset[str]
    worth_zh: frozenset[str]
    negators_en: frozenset[str]
    operators_between_en: frozenset[str]
    operator_tails_en: frozenset[str]
    negators_named_en: frozenset[str]
    language_leads_en: frozenset[str]
    negation_stops_en: frozenset[str]
    asserting_questions_en: tuple[str, ...]
    asserting_leads_en: frozenset[str]
    rhetorical_openers_en: frozenset[str]
    asker_questions_en: frozenset[str]
    yours_en: frozenset[str]
    askers_things_en: frozenset[str]
    negative_words_en: frozenset[str]
    contrasts: frozenset[str]
    put_down_degrees_en: frozenset[str]
    put_down_subjects_en: frozenset[str]
    concessions_en: frozenset[str]
    refused_objects_en: frozenset[str]
    closing_tags_en: frozenset[str]
    oaths_en: frozenset[str]
    determiner_nos_en: frozenset[str]
    refused_between_en: frozenset[str]
    refused_yours_en: frozenset[str]
    unwilling_en: frozenset[str]
    common_en: frozenset[str]
    numerals_zh: frozenset[str]
    numeral_slip_leads_zh: frozenset[str]
    still_joining_after_in_en: frozenset[str]
    number_or_words: frozenset[str]
    ding_words_zh: frozenset[str]
    not_numbers_zh: tuple[str, ...]
    slang_numbers_zh: frozenset[str]
    aspect_marks_zh: frozenset[str]
    other_measures: frozenset[str]
    other_measures_before: frozenset[str]
    operators_en: frozenset[str]
    having_verbs_en: frozenset[str]
    having_between_en: frozenset[str]
    count_holders_mine_en: frozenset[str]
    held_by_me_tails_en: tuple[str, ...]
    held_elsewhere_tails_en: tuple[str, ...]
    part_of_tails_en: tuple[str, ...]
    parts_left_en: frozenset[str]
    parts_alive_en: frozenset[str]
    kept_whole_en: frozenset[str]
    operators_zh: frozenset[str]
    numbers_en: frozenset[str]
    number_words_en: Mapping[str, str]
    approximately_en: frozenset[str]
    approximate_tails_en: frozenset[str]
    joke_markers_en: tuple[str, ...]
    surprised_before_en: frozenset[str]
    acknowledgements_en: frozenset[str]
    remark_openers_en: frozenset[str]
    agreement_tags_en: frozenset[str]
    scorning_en: frozenset[str]
    role_frames_en: tuple[str, ...]
    role_determiners_en: frozenset[str]
    joke_kinds_en: frozenset[str]
    part_of_en: tuple[str, ...]
    visited_en: tuple[str, ...]
    say_again: tuple[str, ...]
    asks_again: tuple[str, ...]
    put_offs: tuple[str, ...]
    thinking_aloud: tuple[str, ...]
    hands_back: tuple[str, ...]
    hums: frozenset[str]
    thinking_sounds: frozenset[str]
    later_questions: tuple[str, ...]
    knowing_claims: frozenset[str]
    wits_claims: frozenset[str]
    reasoning_markers_zh: frozenset[str]
    reasoning_markers_en: frozenset[str]
    retorts_zh: tuple[str, ...]
    retort_denials_zh: tuple[str, ...]
    retorts_en: tuple[str, ...]
    retort_selves_zh: tuple[str, ...]
    retort_knowing_zh: tuple[str, ...]
    retort_denials_en: frozenset[str]
    complaints_zh: tuple[str, ...]
    doubt_asks_zh: tuple[str, ...]
    catches_zh: tuple[str, ...]
    still_playing_zh: tuple[str, ...]
    away_from_me: tuple[str, ...]
    habits: tuple[str, ...]
    said_back_zh: tuple[str, ...]
    copulas_en: frozenset[str]
    you_before_a_name_en: frozenset[str]
    amount_words_en: frozenset[str]
    duration_units: Mapping[str, str]
    not_number_en_before: frozenset[str]
    not_number_en_after: frozenset[str]
    not_number_words_after_en: Mapping[str, tuple[str, ...]]
    only_en: frozenset[str]
    determiners_en: frozenset[str]
    possessives_en: frozenset[str]
    no_pronouns_en: frozenset[str]

    @classmethod
    def from_mapping(cls, data: Any) -> Lexicon:
        """A lexicon from plain data (as YAML or JSON gives it), or LexiconError naming every
        problem: unknown or missing keys, wrong types, empty or duplicate entries, unknown
        intent names, said_alone and said_closing words no intent's word folds like."""
        problems: list[tuple[Where, str]] = []
        if not isinstance(data, Mapping):
            raise LexiconError([((), "a lexicon is a mapping of list names to lists")])
        known = {"intents", "stand_ins", *FIELDS}
        for key in data:
            if key not in known:
                problems.append(((key, "<key>"), f"unknown list '{key}'"))
        intents = _intents(data.get("intents"), problems)
        values: dict[str, Any] = {"intents": intents}
        values["stand_ins"] = _stand_ins(data.get("stand_ins"), set(intents), problems)
        for name, kind in FIELDS.items():
            values[name] = _field(data.get(name), (name,), kind, problems)
        for where, none in values["rhetorical_wheres_zh"].items():
            if len(where) != 2 or len(none) != 2:  # read unit for unit, on the key's 有
                at = ("rhetorical_wheres_zh", where)
                problems.append((at, f"'{where}: {none}' must be two characters each"))
        for position, order in enumerate(values["then_dont_zh"]):
            if not order.startswith("就") or len(order) < 2:  # the rule's gate: see _then_dont
                at = ("then_dont_zh", position)
                problems.append((at, f"'{order}' must open with 就, a word after it"))
        if problems:
            raise LexiconError(problems)
        lexicon = cls(**values)
        problems.extend(_never_said(lexicon, data))
        if problems:
            raise LexiconError(problems)
        return lexicon

    def summary(self) -> str:
        words = sum(len(e["zh"]) + len(e["en"]) for e in self.intents.values())
        return (
            f"{len(self.intents)} intents ({words} words), {len(self.cantonese)}"
            f" Cantonese and Taiwan forms, {len(self.emoji)} emoji"
        )

    # -- what is compiled from the lists, once per lexicon --------------------------------

    @cached_property
    def compiled(self) -> dict[object, Any]:
        """What understanding/matcher.py compiles from these lists (each phrase, what every
        state shares), kept with the lexicon rather than in caches keyed by it: built once,
        and gone with the lexicon."""
        return {}

    @cached_property
    def cantonese_folded(self) -> dict[str, str]:
        """The Cantonese table with its keys and values folded like an answer, so it may be
        written natively (點解: 為什麼)."""
        from understanding.text import to_simplified

        def simplified(text: str) -> str:
            return to_simplified(text.replace("關係", "关系").replace("係", "是").casefold())

        return {simplified(k): simplified(v) for k, v in self.cantonese.items()}

    @cached_property
    def laughing_alone(self) -> re.Pattern[str]:
        """Rule "only a laugh, a face or a mash": an answer's letters, digits and characters
        (casefolded, nothing else) made only of laughing_pieces, each letter of a piece
        repeatable (哈哈哈哈, 2333, hahahah, looool, QAQ from "QAQ", tt from "T_T"). Longest
        pieces first, so that 笑死我了 is one piece, not 笑死 and a leftover."""
        pieces = sorted(self.laughing_pieces, key=len, reverse=True)
        alternatives = "|".join("".join(re.escape(ch) + "+" for ch in piece) for piece in pieces)
        return re.compile(f"(?:{alternatives})+")

    @cached_property
    def tease_keys(self) -> frozenset[str]:
        """`teases` as an answer is compared with them (`reading.teases_a_try`): folded, its
        letters and characters only, casefolded ("nice try" as nicetry, 中咗伏 as 中了伏)."""
        from understanding.text import fold

        return frozenset(
            "".join(ch for ch in fold(tease, self) if ch.isalnum()).casefold()
            for tease in self.teases
        )

    @cached_property
    def keyboard_runs(self) -> frozenset[str]:
        """Every run of MASH_RUN keys side by side on a row of the keyboard, either way (asdf,
        fdsa, qwer): rule "only a laugh, a face or a mash"."""
        return frozenset(
            run
            for row in self.keyboard_rows
            for line in (row, row[::-1])
            for run in (line[i : i + MASH_RUN] for i in range(len(line) - MASH_RUN + 1))
        )

    @cached_property
    def parts_left_or_alive_en(self) -> frozenset[str]:
        """parts_left_en with parts_alive_en: a part said the one left, or alive, where the
        whole before is not said kept (rule "a part of the whole before")."""
        return self.parts_left_en | self.parts_alive_en

    @cached_property
    def count_tails_en(self) -> tuple[tuple[tuple[str, ...], str], ...]:
        """The words after a count that say who holds it or what it is a part of, each as its
        words and what it says ("mine", "elsewhere", "part"), the speaker's first ("in my hand"
        before "in"): rules "a count held elsewhere, beside mine", "a part of the whole
        before"."""
        return tuple(
            (tuple(phrase.split()), says)
            for says, phrases in (
                ("mine", self.held_by_me_tails_en),
                ("elsewhere", self.held_elsewhere_tails_en),
                ("part", self.part_of_tails_en),
            )
            for phrase in phrases
        )

    @cached_property
    def equation_firsts(self) -> re.Pattern[str]:
        """The first characters of equation_words, as one character class (= 就 即 等)."""
        firsts = "".join(sorted({word[0] for word in self.equation_words}))
        return re.compile(f"[{re.escape(firsts)}]") if firsts else re.compile("(?!)")

    @cached_property
    def anyway_closers(self) -> str:
        """What may close the word that plays a routine anyway (照玩吧, "anyway!"): a mark of
        anyway_marks, a particle of particles_zh; for one `str.rstrip`."""
        return "".join(sorted(self.anyway_marks)) + "".join(sorted(self.particles_zh))

    @cached_property
    def anyway_lead_closers(self) -> str:
        """What may close a word of assent before it: those, or a mark of anyway_lead_marks
        (好、照玩)."""
        return self.anyway_closers + "".join(sorted(self.anyway_lead_marks))

    @cached_property
    def scots_no_pattern(self) -> re.Pattern[str]:
        """A cheap gate on a folded answer before any clause is walked for Scots "no" or "nae"
        as "not": after a subject of scots_no_subjects_en, or a shorthand of one (yer, yere:
        english_shorthand), before a word ("am nae pig": im not pig; verdicts23en); before "a"
        or "an" ("no a clue"); after a word and before one of scots_not_before_en ("the whites
        no the yolk")."""
        subjects = self.scots_no_subjects_en
        typed = {*subjects, *(k for k, v in self.english_shorthand.items() if v in subjects)}
        shapes = ["\\b(?:no|nae) an? \\w"]
        if typed:
            shapes.append(f"\\b(?:{alternation(list(typed))}) (?:no|nae) \\w")
        if self.scots_not_before_en:
            shapes.append(f"[a-z] no (?:{alternation(list(self.scots_not_before_en))})\\b")
        return re.compile("|".join(shapes))

    @cached_property
    def number_or_words_longest(self) -> int:
        """The most units a word of number_or_words can span (a unit holds one character at
        least): numbers further apart are joined by none."""
        return max((len(word) for word in self.number_or_words), default=0)

    @cached_property
    def r_less_typed_endings_en(self) -> tuple[str, ...]:
        """The typed endings of r_less_endings_en (ahs, ah, a), for one `str.endswith`."""
        return tuple(self.r_less_endings_en)

    @cached_property
    def refusals_zh(self) -> frozenset[str]:
        """The refuse intent's Chinese words (不念, 不读, 懒): a branch's phrase among them
        refuses too (rule "a refusal with a reason of its own")."""
        return frozenset(self.intents["refuse"]["zh"]) if "refuse" in self.intents else frozenset()

    def intent_words(self, name: str) -> tuple[str, ...]:
        """An intent's words: its zh and en lists, and for dont_know every "cannot V" pair
        (猜不到: dont_know_verbs_zh x cannot_complements_zh)."""
        entry = self.intents[name]
        words = (*entry["zh"], *entry["en"])
        if name == "dont_know":
            verbs = sorted(self.dont_know_verbs_zh)
            words += tuple(v + c for v in verbs for c in self.cannot_complements_zh)
        return words

    @cached_property
    def longer_noun_lengths(self) -> tuple[int, ...]:
        """The lengths of longer_nouns_zh's words (洗碗机 3, 三毛流浪记 5): the spans an
        answer's phrase is tried against, so no answer scans the list."""
        return tuple(sorted({len(noun) for noun in self.longer_nouns_zh}))

    @cached_property
    def all_mention_frames(self) -> tuple[str, ...]:
        """mention_frames, and every prediction lead with every prediction verb (and every task
        done lead with every task done verb: 唱完你就叫我); each with 说
        also with Cantonese 话 (说 is also 讲, which folds to it; 话 does not, as it is also a
        noun): 你就话, 是不是又话, 我一话 (rules22yue); each with 你 also with the asker's other
        forms, askers_zh (您, 恁: rules24hans; not 冷, a variant of 你 only inside a branch's
        phrase: review14)."""
        made = (
            lead + verb
            for leads, verbs in (
                (self.prediction_leads_zh, self.prediction_verbs_zh),
                (self.task_done_leads_zh, self.task_done_verbs_zh),
            )
            for lead in leads
            for verb in verbs
        )
        frames = (*self.mention_frames, *made)
        spoken = (frame.replace("说", "话") for frame in frames if "说" in frame)
        # the asker as the polite 您 or Shandong and Henan 恁: 恁都说, 您就说 (sorted: the
        # frames' order must not follow a set's, which changes from run to run)
        yous = sorted(self.askers_zh)
        frames = (*frames, *spoken)
        polite = (frame.replace("你", you) for frame in frames if "你" in frame for you in yous)
        return tuple(dict.fromkeys((*frames, *polite)))

    @cached_property
    def joke_marker_keys(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """joke_markers_en as the units an answer is cut into, by their last unit, longest
        first ("lol kidding" is read before "kidding")."""
        from understanding.text import clauses, fold

        keys: dict[str, set[tuple[str, ...]]] = {}
        for written in self.joke_markers_en:
            units = tuple(t for ts, _ in clauses(fold(written, self), self) for t in ts)
            if units:
                keys.setdefault(units[-1], set()).add(units)
        return {last: tuple(sorted(found, key=len, reverse=True)) for last, found in keys.items()}

    @cached_property
    def double_negative_pattern(self) -> re.Pattern[str]:
        """那能不知道 → 当然知道, 谁没发现 → 当然发现: see double_negative_leads_zh (group 1 the
        verb); 谁看不出来 → 当然看得出来 (group 2 a perceiving_potentials_zh, 不 read as 得);
        能不发现吗 → 当然发现吗 (group 3 a noticing_verbs_zh: 能 alone only before a closing 吗);
        这俺能不知道 → 这俺当然知道 (group 3 a knowing verb too, 能 alone closing its clause
        unasked, not after a word of literal_can_leads_zh: 可能不知道 is a hedge, 最好能不知道 a
        wish; asked, 我能不知道吗 is rule "would I not know?"'s in the matcher)."""
        if not self.double_negative_leads_zh or not self.knowing_verbs_zh:
            return re.compile("(?!)()()()()")
        leads = alternation(list(self.double_negative_leads_zh))
        verbs = alternation([*self.knowing_verbs_zh, *self.noticing_verbs_zh])
        potentials = alternation(list(self.perceiving_potentials_zh) or ["(?!)"])
        noticing = alternation(list(self.noticing_verbs_zh) or ["(?!)"])
        # (one lookbehind a word: Python's are of a fixed width)
        literal = "".join(f"(?<!{re.escape(word)})" for word in self.literal_can_leads_zh)
        return re.compile(
            f"(?:{leads})(?:[不没]({verbs})|({potentials}))"
            f"|能[不没]({noticing})(?=了?[吗嘛么])|{literal}能[不没]({verbs})(?![\\w?])"
        )

    @cached_property
    def dismissed_pattern(self) -> re.Pattern[str]:
        """胖什么胖 → 不胖, 有什么好累的 → 不累: see dismissed_states_zh (group 1 or group 2 the
        state)."""
        if not self.dismissed_states_zh:
            return re.compile("(?!)()()")
        states = "".join(sorted(self.dismissed_states_zh))
        return re.compile(f"([{states}])(?:什么|啥)\\1|[有没]?(?:什么|啥)好([{states}])的?")

    @cached_property
    def wont_pattern(self) -> re.Pattern[str]:
        """我不得上当 → 我不会上当, 不得上当 (a clause's first words) → 不会上当: see
        wont_leads_zh and wont_kept_zh."""
        if not self.wont_leads_zh:
            return re.compile("(?!)")
        leads = "".join(sorted(self.wont_leads_zh))
        kept = "".join(sorted(self.wont_kept_zh))
        not_kept = f"(?![{kept}])" if kept else ""
        return re.compile(f"(?:(?<=[{leads}])|(?<![^\\W\\d_]))不得{not_kept}")

    @cached_property
    def clause_opening_sound_pattern(self) -> re.Pattern[str]:
        """号啊 → 好啊, 好的，号嘞 → 好的，好嘞: a key of clause_opening_sounds_zh with nothing of a
        word before it (no letter, digit or character: 几号啊 and 5号啊 keep their date) and one of
        clause_opening_followers_zh after it (group 1 the key)."""
        if not self.clause_opening_sounds_zh or not self.clause_opening_followers_zh:
            return re.compile("(?!)()")
        keys = alternation(list(self.clause_opening_sounds_zh))
        followers = "".join(sorted(self.clause_opening_followers_zh))
        return re.compile(f"(?<!\\w)({keys})(?=[{followers}])")

    @cached_property
    def never_noticed_pattern(self) -> re.Pattern[str]:
        """我哪发现了 → 我没发现了, 哪看出来了 → 没看出来了: see where_denials_zh (group 1 the
        verb)."""
        if not self.where_denials_zh or not self.noticing_verbs_zh:
            return re.compile("(?!)()")
        leads = alternation(list(self.where_denials_zh))
        verbs = alternation(list(self.noticing_verbs_zh))
        return re.compile(f"(?:{leads})(?![个位些能会怕])有?({verbs})(?!来?[的到])")

    @cached_property
    def swear_infix_pattern(self) -> re.Pattern[str]:
        """唔撚知 → 唔知: a swear of swear_infixes_zh between two Chinese characters."""
        from understanding.text import HAN_CLASS

        if not self.swear_infixes_zh:
            return re.compile("(?!)")
        infixes = alternation(list(self.swear_infixes_zh))
        return re.compile(f"(?<=[{HAN_CLASS}])(?:{infixes})(?=[{HAN_CLASS}])")

    @cached_property
    def anything_goes_pattern(self) -> re.Pattern[str]:
        """做乜都得 → 随便: see anything_words_zh and anything_goes_zh."""
        if not self.anything_words_zh or not self.anything_goes_zh:
            return re.compile("(?!)")
        words = alternation(list(self.anything_words_zh))
        goes = alternation(list(self.anything_goes_zh))
        return re.compile(f"(?:{words})[都也](?:{goes})")

    @cached_property
    def rhetorical_pattern(self) -> re.Pattern[str]:
        """怎么装得下 → 装不下: see rhetorical_leads_zh (group 1 the verb, 2 the complement;
        Hokkien 哪裝會落 is 哪装得下); Cantonese 點入得 (the complement is the verb) → 入不到
        (group 3); 咋能装进 (how could one put it in) → 装不进 (group 4 the verb, 5 the
        complement: verdicts18hans)."""
        from understanding.text import HAN_CLASS

        if not self.rhetorical_leads_zh or not self.potential_complements_zh:
            return re.compile("(?!)")
        leads = alternation(list(self.rhetorical_leads_zh))
        complements = alternation(list(self.potential_complements_zh))
        return re.compile(
            f"(?:{leads})(?:([{HAN_CLASS}]{{1,2}}?)(?:得|会(?=落))({complements})(?!的)"
            f"|({complements})得(?![去来的]|{complements})"
            f"|能([{HAN_CLASS}])({complements})(?![的得]))"
        )

    @cached_property
    def doubted_fit_pattern(self) -> re.Pattern[str]:
        """冰箱装得下吗？ → 冰箱装不下吗？: see fitting_verbs_zh (group 1 the verb, 2 the
        complement), the clause closing on a question mark at most four characters later, or
        asking with 吗 (装得下吗，瞎掰)."""
        from understanding.text import HAN_CLASS

        if not self.fitting_verbs_zh or not self.fitting_complements_zh:
            return re.compile("(?!)")
        verbs = "".join(sorted(self.fitting_verbs_zh))
        complements = alternation(list(self.fitting_complements_zh))
        return re.compile(
            f"([{verbs}])得({complements})(?!的)(?=[{HAN_CLASS}]{{0,4}}[?？]|[{HAN_CLASS}]{{0,3}}吗)"
        )

    @cached_property
    def negated_english_pattern(self) -> re.Pattern[str]:
        """唔 sure → not sure: a key of negated_english_zh (group 1) right before an English
        word, a space between allowed. Not before an English no word of one word (唔 no, 不
        nope: the no said twice, or Cantonese 唔 "mm", not "not no": rules22yue)."""
        if not self.negated_english_zh:
            return re.compile("(?!)()")
        negators = alternation(list(self.negated_english_zh))
        nos = alternation([w for w in self.intents["no"]["en"] if w.isalpha()])
        return re.compile(f"({negators}) ?(?=[a-z])(?!(?:{nos})(?![a-z]))")

    @cached_property
    def takeback_markers_zh(self) -> tuple[str, ...]:
        """The Chinese firm corrections (replacing_corrections: 不对, 不是, 错了) and take-backs
        (not_even_zh: 都不算), longest first: after a trailing-off they end the answer taken
        back (text._pause_kept)."""
        from understanding.text import HAN_CLASS

        chinese = re.compile(f"[{HAN_CLASS}]+")
        found = [
            m for m in (*self.replacing_corrections, *self.not_even_zh) if chinese.fullmatch(m)
        ]
        return tuple(sorted(found, key=len, reverse=True))

    @cached_property
    def never_pattern(self) -> re.Pattern[str]:
        """我什么时候是过 → 我不是, 我什么时候说过 → 我没说过, 我什么时候是猪了 → 我不是猪,
        我什么时候变了猪 → 我不是猪, 我啥时候成猪了 → 我不是猪: see never_leads_zh (group 1 the
        verb; without 过, 是 or becoming alone: 变成, 变了, 成, not 成功)."""
        from understanding.text import HAN_CLASS

        if not self.never_leads_zh:
            return re.compile("(?!)")
        leads = alternation(list(self.never_leads_zh))
        return re.compile(
            f"我(?:{leads})(?:有?([{HAN_CLASS}]{{1,2}}?)过|(是|变成了?|变了|成(?!功)了?))"
        )

    @cached_property
    def duration_seconds(self) -> dict[str, Decimal]:
        """duration_units with their keys folded like an answer (鐘頭 is 钟头): word → seconds."""
        from understanding.text import to_simplified

        return {to_simplified(k.casefold()): Decimal(v) for k, v in self.duration_units.items()}

    @cached_property
    def glued_units_pattern(self) -> re.Pattern[str]:
        """An English unit of time typed onto its number (1h30, 90min, 1.5h), or a word saying
        about (70ish): group 1."""
        words = [k for k in self.duration_seconds if k.isascii() and k.isalpha()]
        words += sorted(self.approximately_en)
        if not words:
            return re.compile("(?!)()")
        return re.compile(rf"(?<=\d)({alternation(words)})(?=\d|\b)")

    @cached_property
    def cantonese_lengths(self) -> dict[str, tuple[int, ...]]:
        """The lengths of the Cantonese keys opening with each two characters (a key of one,
        with it), longest first."""
        lengths: dict[str, set[int]] = {}
        for key in self.cantonese_folded:
            lengths.setdefault(key[:2], set()).add(len(key))
        return {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}

    @cached_property
    def asks_back_firsts(self) -> frozenset[str]:
        """The first characters of asks_back_zh: most answers hold none, and skip the rule."""
        return frozenset(ask[0] for ask in self.asks_back_zh)

    @cached_property
    def asks_back_by_last(self) -> dict[str, tuple[str, ...]]:
        """asks_back_zh by last character, each in its order: a clause's last character
        names the few that may close it."""
        by_last: dict[str, list[str]] = {}
        for ask in self.asks_back_zh:
            by_last.setdefault(ask[-1], []).append(ask)
        return {last: tuple(asks) for last, asks in by_last.items()}

    @cached_property
    def mention_question_chars(self) -> frozenset[str]:
        """The characters of the Chinese words of mention_questions (什, 么, 几…)."""
        return frozenset(c for w in self.mention_questions if not w.isascii() for c in w)

    @cached_property
    def rhetorical_never_pattern(self) -> re.Pattern[str]:
        """The keys of rhetorical_never_en as whole words, longest first."""
        keys = sorted(self.rhetorical_never_en, key=len, reverse=True)
        if not keys:
            return re.compile("(?!)")
        return re.compile(rf"\b(?:{'|'.join(map(re.escape, keys))})\b")

    @cached_property
    def contracted_pattern(self) -> re.Pattern[str]:
        """A word of contracted_words_en, or a word cut before 'n ("that'n", "prettier'n": its
        word the group), each apostrophe any of the ones typed (' ’ ʼ ‘ ` ´), as whole words."""
        apostrophe = "['’ʼ‘`´]"
        keys = "|".join(
            apostrophe.join(map(re.escape, key.split("'")))
            for key in sorted(self.contracted_words_en, key=len, reverse=True)
        )
        cut = rf"([^\W\d_]+){apostrophe}n"
        return re.compile(rf"(?<![^\W_])(?:{keys + '|' if keys else ''}{cut})(?![^\W_])")

    @cached_property
    def contracted_gates(self) -> tuple[str, ...]:
        """What an answer holds where contracted_pattern may match: a key of contracted_words_en
        or "'n", with either apostrophe typed ("b'y", "b’y"); none, no search."""
        keys = [*self.contracted_words_en, "'n"]
        return tuple(dict.fromkeys(g for key in keys for g in (key, key.replace("'", "’"))))

    @cached_property
    def dialect_phrases(self) -> dict[str, list[tuple[list[str], list[str]]]]:
        """dialect_phrases_en's keys and values as lists of words, by the key's first word,
        longest key first."""
        found: dict[str, list[tuple[list[str], list[str]]]] = {}
        for key in sorted(self.dialect_phrases_en, key=lambda key: -len(key.split())):
            words = key.split()
            found.setdefault(words[0], []).append((words, self.dialect_phrases_en[key].split()))
        return found

    @cached_property
    def closing_folded(self) -> dict[str, tuple[str, str]]:
        """closing_words_en by each word as a clause holds it, after english_shorthand ("yer"
        is your there): the word typed, and what it is read as."""
        return {
            self.english_shorthand.get(typed, typed): (typed, meant)
            for typed, meant in self.closing_words_en.items()
        }

    @cached_property
    def dialect_phrase_marks(self) -> frozenset[str]:
        """A word each phrase of dialect_phrases_en needs, which it rewrites (fixin, might, bin,
        tha), the first not in common_en where one is ("tha was": tha): an answer without one
        skips the phrases' search."""
        marks = set()
        for phrases in self.dialect_phrases.values():
            for key, value in phrases:
                rewritten = [word for word in key if word not in value] or key
                rare = [word for word in rewritten if word not in self.common_en]
                marks.add((rare or rewritten)[0])
        return frozenset(marks)

    @cached_property
    def patois_me_pattern(self) -> re.Pattern[str]:
        """The word me right before a word of patois_me_subject_before_en (rule "me for I, in
        Creole"): the gate that reads Patois in an answer holding no word of patois_words_en
        ("how me go know dat")."""
        if not self.patois_me_subject_before_en:
            return re.compile("(?!)")
        after = "|".join(map(re.escape, sorted(self.patois_me_subject_before_en)))
        return re.compile(rf"\bme (?:{after})\b")

    @cached_property
    def patois_pattern(self) -> re.Pattern[str]:
        """The words of patois_words_en as whole words (not beside a letter, digit or Chinese
        character: "mi好" is no Patois)."""
        if not self.patois_words_en:
            return re.compile("(?!)")
        return re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(self.patois_words_en)))})\b")

    @cached_property
    def inside_tones_pattern(self) -> re.Pattern[str]:
        """A word of inside_tones_en between two words, with the space before it, not right
        after a word of determiners_en (rule "a tone word inside a phrase"); two in a row
        ("hindi po ata pwede") both."""
        if not self.inside_tones_en:
            return re.compile("(?!)")
        tones = "|".join(map(re.escape, sorted(self.inside_tones_en)))
        after = "".join(
            rf"(?<!\b{re.escape(word)})" for word in sorted(self.determiners_en) if word.isalpha()
        )
        return re.compile(rf"(?<=[a-z]){after} (?:{tones})(?= [a-z])")

    @cached_property
    def expletives_pattern(self) -> re.Pattern[str]:
        if not self.expletives_en:
            return re.compile("(?!)")
        return re.compile(rf"\b(?:{'|'.join(map(re.escape, self.expletives_en))})\b")

    @cached_property
    def not_one_pattern(self) -> re.Pattern[str]:
        """一 before a measure word and 都/也 + a negation, or 不剩/不留, is "not a single
        one": none (一只都没有, 一个不剩)."""
        numerals = "".join(sorted(self.numerals_zh))
        return re.compile(f"一(?=[^{re.escape(numerals)}]?(?:[都也][不没]|不剩|不留))")

    @cached_property
    def spelt_slowly_pattern(self) -> re.Pattern[str]:
        """Three or more single Chinese characters between pauses (..) are one word said
        slowly, not a clause each (我…爱…你？: 我爱你?; verdicts20hans); a numeral of
        numerals_zh is no letter of such a word: numerals said apart count (一…二…三)."""
        from understanding.text import HAN_CLASS

        numerals = re.escape("".join(sorted(self.numerals_zh)))
        letter = f"(?![{numerals}])[{HAN_CLASS}]"
        return re.compile(f"(?<![{HAN_CLASS}]){letter}(?:\\.{{2,}}{letter}){{2,}}(?![{HAN_CLASS}])")

    @cached_property
    def not_numbers_pattern(self) -> re.Pattern[str]:
        """Every position where a word of not_numbers_zh starts (a lookahead: they may
        overlap), longest first."""
        if not self.not_numbers_zh:
            return re.compile("(?!)")
        return re.compile(f"(?=({alternation(list(self.not_numbers_zh))}))")


def alternation(keys: list[str]) -> str:
    """A regular expression for any of `keys`, longest first, grouped by first character so
    that a position fails on one test: 阿(?:公|伯)|唔(?:该|知|)…"""
    by_first: dict[str, list[str]] = {}
    for key in sorted(keys, key=len, reverse=True):
        by_first.setdefault(key[0], []).append(re.escape(key[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items())


# -- checking the mapping --------------------------------------------------------------------


def _entry(value: Any, where: Where, problems: list[tuple[Where, str]]) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        problems.append((where, f"an entry must be text, not {type(value).__name__}"))
        return None
    text = str(value).strip()
    if not text:
        problems.append((where, "empty entry"))
        return None
    return text


def _list(value: Any, where: Where, problems: list[tuple[Where, str]]) -> tuple[str, ...]:
    if not isinstance(value, list):
        problems.append((where, "must be a list ([a, b, c])"))
        return ()
    found: dict[str, int] = {}
    for position, item in enumerate(value):
        text = _entry(item, (*where, position), problems)
        if text is None:
            continue
        if text in found:
            problems.append(((*where, position), f"duplicate entry '{text}'"))
            continue
        found[text] = position
    return tuple(found)


def _field(value: Any, where: Where, kind: str, problems: list[tuple[Where, str]]) -> Any:
    if value is None:  # left out: empty
        return {WORDS: frozenset(), CHARS: frozenset(), PHRASES: ()}.get(kind, {})
    if kind == WORDS:
        return frozenset(_list(value, where, problems))
    if kind == PHRASES:
        return _list(value, where, problems)
    if kind == CHARS:
        if not isinstance(value, str) or not value.strip():
            problems.append((where, f'must be {kind} ("不没")'))
            return frozenset()
        seen = set()
        for char in value:
            if char.isspace():
                problems.append((where, "a string of characters holds no spaces"))
            elif char in seen:
                problems.append((where, f"duplicate character '{char}'"))
            seen.add(char)
        return frozenset(seen - {" ", "\t", "\n"})
    if not isinstance(value, Mapping):
        problems.append((where, f"must be {kind}"))
        return {}
    result: dict[str, Any] = {}
    for key, item in value.items():
        at = (*where, key)
        word = _entry(key, (*at, "<key>"), problems)
        if word is None:
            continue
        if kind == TABLE:
            folded = _entry(item, at, problems)
            if folded is not None:
                result[word] = folded
        elif kind == WORD_LISTS:
            words = _list(item, at, problems)
            if not words and isinstance(item, list):
                problems.append((at, "empty list"))
            result[word] = words
        else:
            if isinstance(item, bool) or not isinstance(item, int | float) or item < 0:
                problems.append((at, f"'{word}' must be a number of 0 or more"))
            else:
                result[word] = str(item)
    return result


def _never_said(lexicon: Lexicon, data: Mapping[str, Any]) -> list[tuple[Where, str]]:
    """The entries of said_alone and said_closing that fold like no intent's word: the rule
    compares a hit's folded key with theirs, so one of these could never match."""
    from understanding.matcher import compile_phrase, lexicon_phrases

    names = [name for name in ("said_alone", "said_closing") if getattr(lexicon, name)]
    if not names:
        return []
    keys = {p.key for intent in lexicon.intents for p in lexicon_phrases(lexicon, intent)}
    problems: list[tuple[Where, str]] = []
    for name in names:
        for position, item in enumerate(data[name]):
            key = compile_phrase(str(item).strip(), lexicon).key
            if key not in keys:
                message = f"'{item}' folds to '{key}', no intent's word: it can never match"
                problems.append(((name, position), message))
    return problems


def _intents(
    value: Any, problems: list[tuple[Where, str]]
) -> dict[str, dict[str, tuple[str, ...]]]:
    if not isinstance(value, Mapping):
        problems.append((("intents",), "must be a mapping of intent names to their words"))
        return {}
    result = {}
    for name, entry in value.items():
        at = ("intents", name)
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            problems.append(((*at, "<key>"), f"intent name {name!r} must be a-z and '_'"))
            continue
        if not isinstance(entry, Mapping):
            problems.append((at, f"intent '{name}' must be a mapping with label, zh and en"))
            continue
        for key in entry:
            if key not in _INTENT_KEYS:
                problems.append(((*at, key, "<key>"), f"unknown key '{key}' in intent '{name}'"))
        for key in sorted(_INTENT_KEYS - set(entry)):
            problems.append((at, f"intent '{name}' is missing '{key}'"))
        label = entry.get("label")
        labels: tuple[str, str] = ("", "")
        if isinstance(label, Mapping) and set(label) == {"zh", "en"}:
            zh, en = (_entry(label[k], (*at, "label", k), problems) for k in ("zh", "en"))
            labels = (zh or "", en or "")
        elif label is not None:
            problems.append(((*at, "label"), "a label is {zh: ..., en: ...}"))
        words = {}
        for lang in ("zh", "en"):
            if lang in entry:
                words[lang] = _list(entry[lang], (*at, lang), problems)
                if not words[lang] and isinstance(entry[lang], list):
                    problems.append(((*at, lang), f"intent '{name}' has no {lang} words"))
        result[name] = {"label": labels, "zh": words.get("zh", ()), "en": words.get("en", ())}
    for name in REQUIRED_INTENTS:
        if name not in result and isinstance(value, Mapping) and name not in value:
            problems.append((("intents",), f"intent '{name}' is missing (the matcher uses it)"))
    return result


def _stand_ins(
    value: Any, intents: set[str], problems: list[tuple[Where, str]]
) -> dict[str, tuple[tuple[str, tuple[str, ...] | None], ...]]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        problems.append((("stand_ins",), "must be a mapping: intent: {for: intent, only: [...]}"))
        return {}
    result = {}
    for name, entries in value.items():
        at = ("stand_ins", name)
        if name not in intents:
            problems.append(((*at, "<key>"), f"unknown intent '{name}'"))
            continue
        found = []
        # one stand-in, or a list of them tried in order ({for: no, ...}, {for: dont_know, ...})
        listed = isinstance(entries, list)
        for position, entry in enumerate(entries if listed else [entries]):
            where = (*at, position) if listed else at
            if not isinstance(entry, Mapping) or "for" not in entry:
                problems.append(
                    (where, "a stand-in is {for: intent} or {for: intent, only: [...]}")
                )
                continue
            for key in entry:
                if key not in _STAND_IN_KEYS:
                    problems.append(((*where, key, "<key>"), f"unknown key '{key}' in a stand-in"))
            other = entry["for"]
            if other not in intents or other == name:
                problems.append(
                    ((*where, "for"), f"unknown intent {other!r} (or the intent itself)")
                )
                continue
            only = None
            if "only" in entry:
                only = _list(entry["only"], (*where, "only"), problems)
            found.append((other, only))
        result[name] = tuple(found)
    return result


# -- English word-ness: wordfreq -------------------------------------------------------------
# A word at least this frequent in English (Zipf scale: log10 of uses per billion words; 3 is
# once per million) is a real word, never taken for a typo of another: "grandma" is not a
# misspelt "grandpa", "diary" not "dairy", "theyre" not "there".
ENGLISH_WORD_ZIPF = 3.0


@cache
def english_frequencies() -> dict[str, float]:
    """wordfreq's English 'small' list (every word of Zipf 3 or more, about 28,000), folded as
    answers are (lower case, apostrophes dropped: "they're" is "theyre"), word → Zipf.

    Read once per process, from the data file wordfreq ships, in its documented cBpack format
    (the one `wordfreq.read_cBpack` reads): importing wordfreq itself would load langcodes and
    ftfy (~140 ms) for nothing. If that file is not where it should be, or not in that
    format, wordfreq's public API gives the same list."""
    spec = importlib.util.find_spec("wordfreq")
    path = (
        Path(spec.origin).parent / "data" / "small_en.msgpack.gz" if spec and spec.origin else None
    )
    buckets = None
    if path is not None and path.is_file():
        import msgpack

        data = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False)
        if data and data[0] == {"format": "cB", "version": 1}:
            buckets = data[1:]  # bucket i: the words of frequency 10^(-i/100)
    result: dict[str, float] = {}
    if buckets is None:  # pragma: no cover - only if wordfreq changes its packaging
        import wordfreq

        items = wordfreq.get_frequency_dict("en", wordlist="small").items()
        pairs = [(w, 9 + math.log10(f)) for w, f in sorted(items, key=lambda p: -p[1])]
    else:
        pairs = [(w, 9 - i / 100) for i, bucket in enumerate(buckets) for w in bucket]
    for word, zipf in pairs:  # most frequent first: "theyre" keeps "they're"'s frequency
        if word.isascii():
            key = word.replace("'", "")
            if key.isalpha() and key not in result:
                result[key] = round(zipf, 2)
    return result


def english_zipf(word: str) -> float:
    """How frequent `word` (folded) is in English, on the Zipf scale; 0 below the list."""
    return english_frequencies().get(word, 0.0)


def is_english_word(word: str) -> bool:
    return english_zipf(word) >= ENGLISH_WORD_ZIPF


# -- Chinese words: wordfreq -------------------------------------------------------------------
@cache
def chinese_frequencies() -> dict[str, float]:
    """wordfreq's Chinese 'small' list (Simplified, every word of Zipf 3 or more, about 38,000),
    word → Zipf, read once per process from the file wordfreq ships (as `english_frequencies`;
    wordfreq's public API would need jieba to look a word up)."""
    spec = importlib.util.find_spec("wordfreq")
    path = (
        Path(spec.origin).parent / "data" / "small_zh.msgpack.gz" if spec and spec.origin else None
    )
    result: dict[str, float] = {}
    if path is None or not path.is_file():  # pragma: no cover - only if wordfreq changes
        return result
    import msgpack

    data = msgpack.unpackb(gzip.decompress(path.read_bytes()), raw=False)
    if not data or data[0] != {"format": "cB", "version": 1}:  # pragma: no cover
        return result
    for i, bucket in enumerate(data[1:]):  # bucket i: the words of frequency 10^(-i/100)
        for word in bucket:
            result.setdefault(word, round(9 - i / 100, 2))
    return result


def chinese_zipf(word: str) -> float:
    """How frequent `word` (Simplified) is in Chinese, on the Zipf scale; 0 below the list."""
    return chinese_frequencies().get(word, 0.0)
