"""Developer tools: benchmarks, demos and comparisons (import pipeline and below)."""
