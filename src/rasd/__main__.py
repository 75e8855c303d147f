"""``python -m rasd``: the same as the ``rasd`` command."""

import sys

from rasd.cli import main

sys.exit(main())
