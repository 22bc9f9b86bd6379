#!/usr/bin/env spython
"""A first script: where it runs from and what it was given."""
import sys


def greet(name):
    return "hello, %s" % name


print(greet(sys.argv[1] if len(sys.argv) > 1 else "world"))
print("sys.path:", sys.path)
