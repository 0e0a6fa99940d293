"""What the tests share: the Telegram emulator, bots run against it, throwaway databases,
small corpora, and the article's network and convolution (bench/ imports some of it too)."""
