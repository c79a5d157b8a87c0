"""`python -m shells.cli ...` is `companion ...`."""

import sys

from shells.cli.main import main

sys.exit(main())
