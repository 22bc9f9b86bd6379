import sys
import logging
sys.stderr = sys.stdout

logging.warning('before config: %s', 'bare')
logging.info('not shown')
logging.basicConfig(level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s', stream=sys.stdout)
logging.debug('debug %d', 1)
logging.info('info %s %s', 'a', 'b')
logging.warning('warning')
logging.error('error %r', {'k': 1})
logging.critical('critical %(x)s', {'x': 'mapping'})
logging.log(25, 'custom level')
logging.addLevelName(25, 'NOTICE')
logging.log(25, 'named custom level')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'), logging.getLevelName(10), logging.getLevelName(33))
print(logging.getLevelName('INFO'), logging.getLevelName('nope'))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.NOTSET)
logging.basicConfig(level=logging.ERROR)
logging.debug('still debug: second basicConfig ignored')
logging.basicConfig(level=logging.ERROR, force=True, stream=sys.stdout, format='[%(levelname)-8s] %(message)s')
logging.warning('hidden')
logging.error('shown after force')
root = logging.getLogger()
print(root, root is logging.root, logging.getLogger('root') is root, root.name)
print(root.level, root.getEffectiveLevel(), root.isEnabledFor(logging.ERROR), root.isEnabledFor(logging.INFO))
try:
    logging.getLogger().setLevel('LOUD')
except ValueError as e:
    print('ValueError', e)
try:
    logging.getLogger().setLevel(None)
except TypeError as e:
    print('TypeError', e)
root.setLevel('INFO')
logging.info('level from name')
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print('ValueError', e)
try:
    logging.log('x', 'msg')
except TypeError as e:
    print('TypeError', e)
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('error passes disable(WARNING)')
logging.disable(logging.NOTSET)
logging.warning('enabled %s', 'again')
logging.info('%s%%', 50)
logging.info('no args %s')
logging.info(42)
logging.shutdown()
