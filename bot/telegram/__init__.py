"""The Telegram front end on python-telegram-bot: `app` wires it, `handlers` translate
updates into turns, `outbox` delivers what a turn decides, `timeouts` reveal unanswered pranks, `redelivery` skips updates
seen before, `ordering` and `rate_limits` keep chats from waiting on each other, `inline`
plays routines with buttons, `secrecy` keeps the token out of every output."""
