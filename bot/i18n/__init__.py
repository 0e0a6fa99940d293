"""The bot's languages: which one a chat speaks (`language`), and every interface line in each
(`catalogue`). Knows nothing of conversations or Telegram."""
