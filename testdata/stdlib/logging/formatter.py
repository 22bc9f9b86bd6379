import sys
import logging
sys.stderr = sys.stdout

log = logging.getLogger('svc')
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)
log.propagate = False


def show(fmt, *args, **kw):
    h.setFormatter(logging.Formatter(fmt, **kw))
    log.info(*args)


def worker():
    show('%(funcName)s %(lineno)d %(module)s %(filename)s', 'x')


show('%(levelname)s %(name)s %(message)s', 'plain %s', 'arg')
show('%(levelno)d %(levelname)-7s|%(message)10s|', 'pad')
show('%(funcName)s:%(lineno)d %(module)s %(filename)s', 'where')
worker()
show('{levelname} {name}: {message}', 'brace %s', 'style', style='{')
show('${levelname} ${name}: $message', 'dollar', style='$')
show('%(levelname)s %(user)s %(message)s', 'with default', defaults={'user': 'nobody'})
try:
    logging.Formatter('no fields here')
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('%(message)s', style='x')
except ValueError as e:
    print('ValueError', e)
h.setFormatter(logging.Formatter('%(levelname)s %(message)s %(request_id)s'))
log.info('extra', extra={'request_id': 'r-17'})
try:
    log.info('overwrite', extra={'name': 'bad'})
except KeyError as e:
    print('KeyError', e)
h.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
def divide(a, b):
    if b == 0:
        raise ZeroDivisionError('division by zero')
    return a / b


try:
    raise ZeroDivisionError('division by zero')
except ZeroDivisionError:
    log.exception('failed to divide')
    log.error('with exc_info', exc_info=True)


def load(path):
    raise FileNotFoundError('No such file: %s' % path)


try:
    raise FileNotFoundError('No such file: /etc/app.conf')
except OSError as e:
    log.warning('cannot load', exc_info=e)
    err = e
log.error('outside except', exc_info=err)
log.error('no exception', exc_info=True)
adapter = logging.LoggerAdapter(log, {'conn': 7})
h.setFormatter(logging.Formatter('%(conn)s %(levelname)s %(message)s'))
adapter.info('adapter %s', 'msg')
adapter.warning('adapter warning')
print(adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())


class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['conn'], msg), kwargs


h.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
Prefix(log, {'conn': 9}).error('custom process')
log.info('%s', None)
r = logging.makeLogRecord({'msg': 'hello %s', 'args': ('world',), 'levelno': 20, 'levelname': 'INFO'})
print(r.getMessage(), logging.Formatter('%(levelname)s %(message)s').format(r))
