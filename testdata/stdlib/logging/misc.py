import sys, logging
sys.stderr = sys.stdout
logging.getLogger('x').warning('bare %s', 'warning')
logging.getLogger('x').info('info dropped')
logging.getLogger('x').error('error\nwith newline')
h = logging.StreamHandler(sys.stdout)
print(repr(logging.getLogger()), repr(logging.getLogger('x')))
f = logging.Formatter('%(asctime)s %(msecs)03d %(message)s', datefmt='%Y')
logging.getLogger('y').addHandler(h)
h.setFormatter(logging.Formatter('%(levelname)s|%(message)s'))
import time
class Fixed(logging.Formatter):
    converter = time.gmtime
r = logging.makeLogRecord({'msg': 'm', 'created': 86400 * 365.25 * 30 + 0.123, 'msecs': 123.0})
print(Fixed('%(asctime)s %(message)s').format(r))
print(Fixed('%(asctime)s %(message)s', datefmt='%d/%m/%Y %H:%M:%S %p %a %b %j').format(r))
try:
    try:
        raise KeyError('inner')
    except KeyError as e:
        raise RuntimeError('outer') from e
except RuntimeError:
    logging.getLogger('y').exception('chained')
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise RuntimeError('during')
except RuntimeError:
    logging.getLogger('y').error('context', exc_info=True)
logging.getLogger('y').info('%s and %s', 'a', 'b', stacklevel=1)
def helper():
    logging.getLogger('z').warning('from helper', stacklevel=2)
h2 = logging.StreamHandler(sys.stdout); h2.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d %(message)s'))
logging.getLogger('z').addHandler(h2)
def caller():
    helper()
caller()
logging.basicConfig(format='%(message)s')
logging.exception('module exception outside handler')
print(logging.root.handlers)
print(logging.getLevelNamesMapping() == {'CRITICAL': 50, 'FATAL': 50, 'ERROR': 40, 'WARN': 30, 'WARNING': 30, 'INFO': 20, 'DEBUG': 10, 'NOTSET': 0})
a = logging.LoggerAdapter(logging.getLogger('z'), {'k': 1})
print(a)
lg = logging.getLogger('q')
print(lg.handlers, lg.propagate, lg.level, lg.disabled, lg.parent)
