"""The `companion` command: parsing in ``main``, what each command does in the other modules."""
