# sys's descriptions of the numbers and of the interpreter.
import os
import sys

print(sys.float_info)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix, len(sys.float_info))
print(sys.float_info.max * 2 == float('inf'), sys.float_info.epsilon + 1 > 1)
print(sys.int_info)
print(sys.int_info.default_max_str_digits, tuple(sys.int_info))
print(sys.flags.int_max_str_digits)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits())
for bad in (639, -1, 'x', 5.0):
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print(e)
sys.set_int_max_str_digits(4300)
print(sys.gettrace(), sys.getprofile(), sys.warnoptions)
print(type(sys.orig_argv).__name__, all(isinstance(a, str) for a in sys.orig_argv), len(sys.orig_argv) >= 1)
names = sys.stdlib_module_names
print(type(names).__name__, len(names) > 200)
print(sorted(n for n in names if n in ('os', 'sys', 'json', 're', 'io', 'codecs', 'nope', 'spython')))
print(sys.stdin.isatty() == os.isatty(0), sys.stdout.isatty() == os.isatty(1), sys.stderr.isatty() == os.isatty(2))
with open(os.devnull) as f:
    print(f.isatty(), os.isatty(f.fileno()))
