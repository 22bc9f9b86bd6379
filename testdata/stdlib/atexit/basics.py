# The functions run after the script's last line, last registered first;
# an uncaught exception's traceback is printed before they run, and an
# exception in one of them is printed after it ("Exception ignored in
# atexit callback", with the function's repr, left out here).
import atexit
import sys

sys.stderr = sys.stdout


def show(*args, **kwargs):
    print('atexit:', args, kwargs)


def fails():
    raise ValueError('in an atexit function')


class Callable:
    def __call__(self):
        print('atexit: a callable object')


print(atexit.register(show, 1) is show)
atexit.register(show, 2, key='value')
atexit.register(Callable())


@atexit.register
def decorated():
    print('atexit: decorated')


atexit.register(print, 'unregistered')
atexit.unregister(print)


class Holder:
    def method(self):
        print('atexit: bound method')


holder = Holder()
atexit.register(holder.method)
atexit.register(Holder().method)
atexit.unregister(holder.method)
print(atexit._ncallbacks())
print(atexit.unregister(fails), atexit._ncallbacks())
for bad in [lambda: atexit.register(), lambda: atexit.register(5), lambda: atexit.unregister()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(atexit) if not n.startswith('__')))
print('end of script')
r = sorted([3, 1, 2])
raise KeyError(r)
