"""Tools kept apart from runtime code: benchmarks, demos, model comparisons."""
