"""The memory benchmark: `python -m tools.memory_bench` (`make bench-memory`)."""
