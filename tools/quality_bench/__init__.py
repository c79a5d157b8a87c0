"""The reply-quality benchmark: multi-session conversations judged by rules (issue 17)."""
