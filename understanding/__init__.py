"""Understanding short answers: which branch of a question an answer means.

A library, like `nn/`: it knows nothing of the bot. It folds what people type (widths,
Traditional and Simplified, Cantonese and Taiwan forms, numbers as typed spans), cuts it into
clauses, forgives tight typos, and matches a question's branches deterministically, with an
explanation of every verdict. The bot gives it the branches (from its corpus) and the word
lists; it gives back a branch id, or none.

- `text`: folding, clauses, numbers.
- `lexicon`: the shared word lists (intents, Cantonese and Taiwan forms, emoji).
- `matcher`: a question's branches compiled once; `Matcher.match(answer)`.
- `native`: text, sounds and matcher compiled with mypyc, and the guard against a stale build.
"""

from understanding import native

native.guard()  # before any compiled module is imported
