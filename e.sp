spython: can't open file /work/main/e.py: no such file or directory
