"""The command line: thin commands that parse arguments, call the library and print."""

import os
import sys

from generator.core.dates import epoch_problem

# Checked before the commands' modules are imported: numpy reads SOURCE_DATE_EPOCH with int() while it is
# imported, so a value that is not a number would end every command, even --help, in numpy's traceback.
_EPOCH_PROBLEM = epoch_problem(os.environ.get("SOURCE_DATE_EPOCH"))
if _EPOCH_PROBLEM:
    print(f"matchboard: error: {_EPOCH_PROBLEM}", file=sys.stderr)
    raise SystemExit(2)
