import sys
import logging
sys.stderr = sys.stdout

fmt = logging.Formatter('%(name)s|%(levelname)s|%(message)s')
top = logging.StreamHandler(sys.stdout)
top.setFormatter(fmt)
app = logging.getLogger('app')
app.addHandler(top)
app.setLevel(logging.INFO)
db = logging.getLogger('app.db')
web = logging.getLogger('app.web.http')
print(db.parent is app, web.parent is app, app.parent is logging.root)
web2 = logging.getLogger('app.web')
print(web.parent is web2, web2.parent is app)
print(logging.getLogger('app.db') is db, app.getChild('db') is db)
print(db, web, app)
db.info('query ok')
db.debug('hidden debug')
db.setLevel(logging.DEBUG)
db.debug('db debug now')
web.warning('slow %dms', 250)
own = logging.StreamHandler(sys.stdout)
own.setFormatter(logging.Formatter('OWN %(name)s %(message)s'))
own.setLevel(logging.ERROR)
web.addHandler(own)
web.warning('only top')
web.error('both')
web.propagate = False
web.error('only own')
web.removeHandler(own)
web.error('no handler: last resort')
web.info('below last resort level')
print(web.handlers, len(app.handlers), web.hasHandlers(), db.hasHandlers())
db.disabled = True
db.error('disabled logger')
db.disabled = False


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


db.addFilter(OnlyOdd())
for i in range(4):
    db.info('n=%d', i)
app.addFilter(logging.Filter('app.web'))
app.info('app filtered out by name')
top.addFilter(lambda r: r.levelno >= logging.WARNING)
db.warning('through lambda filter %d', 3)
db.info('blocked by lambda %d', 5)
print(logging.Filter('a.b').filter(logging.makeLogRecord({'name': 'a.bc'})),
      logging.Filter('a.b').filter(logging.makeLogRecord({'name': 'a.b.c'})),
      logging.Filter('').filter(logging.makeLogRecord({'name': 'x'})))
nh = logging.getLogger('lib')
nh.addHandler(logging.NullHandler())
nh.error('swallowed by NullHandler')
nh.propagate = False
print(nh.hasHandlers(), logging.getLogger('lib.sub').getEffectiveLevel())
