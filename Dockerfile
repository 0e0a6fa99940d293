# The bot's image for the "more than one machine" path (compose.yaml): a webhook instance on
# PostgreSQL. Two stages: the dependencies are built into a virtual environment and
# understanding/'s hot path and the bot's answer step (two groups) are compiled with mypyc (the
# full image has a C compiler and Python's headers; `make build` does the same), and only that
# environment, content/ (the corpus, and the labelled answers in content/eval/tuning/ its second
# opinions learn from at start; .dockerignore keeps the sealed final set out) and a non-root
# user make the final image (no compiler, no mypy, no pip cache).
FROM python:3.11 AS build
RUN python -m venv /venv
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY nn ./nn
COPY understanding ./understanding
# Compiled in /src, then installed with its build (package data), and mypy removed; checked
# from / so that the installed copy imports, without mypy (`make build` falls back to the .py
# files where it cannot compile, the image must not).
RUN /venv/bin/pip install --no-cache-dir --upgrade pip \
    && /venv/bin/pip install --no-cache-dir '.[native]' \
    && /venv/bin/python -m bot.build \
    && /venv/bin/pip uninstall --yes --quiet mypy librt ast-serialize pathspec \
    && /venv/bin/pip install --no-cache-dir --no-deps --force-reinstall . \
    && cd / && /venv/bin/python -m bot.build --check

FROM python:3.11-slim
RUN useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin taolu
COPY --from=build /venv /venv
COPY content /app/content
WORKDIR /app
ENV PATH=/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    BOT_CONTENT=/app/content/jokes.yaml \
    WEBHOOK_LISTEN=0.0.0.0:8080 \
    MPLCONFIGDIR=/tmp/matplotlib
USER taolu
EXPOSE 8080
# SIGTERM (docker stop) finishes the updates in hand; compose gives it stop_grace_period.
CMD ["python", "-m", "bot", "run"]
