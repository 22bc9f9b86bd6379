# logging.captureWarnings sends warnings to the py.warnings logger, and
# gives them back to warnings.showwarning when turned off.
import io
import logging
import sys
import warnings

stream = io.StringIO()
logging.basicConfig(stream=stream, format="%(levelname)s %(name)s %(message)s")
logging.captureWarnings(True)
warnings.warn("careful")
warnings.warn("again", DeprecationWarning)
logging.captureWarnings(False)
warnings.showwarning = lambda *a: print("shown:", a[0])
warnings.warn("direct")
for line in stream.getvalue().splitlines():
    if not line.startswith("  "):
        print(line.replace(sys.argv[0], "SCRIPT"))
