"""`companion bench`: latency of the streaming pipeline against the sequential one, and extras."""
