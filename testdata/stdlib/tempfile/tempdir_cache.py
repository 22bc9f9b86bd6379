# gettempdir() sets tempfile.tempdir the first time.
import tempfile
print(tempfile.tempdir)
print(tempfile.gettempdir() == tempfile.tempdir, tempfile.tempdir is not None)
