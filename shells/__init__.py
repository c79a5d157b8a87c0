"""The shells: what wires the pipeline, memory, models and hardware together for a user.

cli    the `companion` command
mqtt   `companion serve` (the smart speaker's brain on MQTT) and `companion satellite`
web    `companion web` (and `serve --web`): the page to talk from a browser

Nothing imports a shell; a shell may import every other package of the project.
"""
