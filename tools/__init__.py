"""Tools for developers, kept apart from the runtime: benchmarks, the demo, model comparison."""
