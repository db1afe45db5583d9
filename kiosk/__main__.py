"""`python -m kiosk` and the frozen app's entry point: the `kiosk` command line."""

import sys

from kiosk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
