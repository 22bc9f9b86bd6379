# Opening a device for writing truncates nothing and fails on nothing.
import os
with open(os.devnull, "w") as f:
    print(f.write("discarded"))
with open(os.devnull, "wb") as f:
    print(f.write(b"discarded"))
fd = os.open(os.devnull, os.O_WRONLY | os.O_TRUNC)
print(os.write(fd, b"x"))
os.close(fd)
