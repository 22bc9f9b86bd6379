import sys
import logging
sys.stderr = sys.stdout
folder = sys.argv[1]
path = folder + '/files_case.log'
logging.basicConfig(filename=path, filemode='w', level=logging.INFO, format='%(levelname)s %(name)s %(message)s')
logging.info('first line')
logging.getLogger('job').warning('second %d', 2)
h = logging.FileHandler(path, encoding='utf-8')
h.setFormatter(logging.Formatter('H %(message)s'))
logging.getLogger('job').addHandler(h)
logging.getLogger('job').error('to both')
print(repr(h).replace(folder, 'DIR'))
h.close()
logging.getLogger('job').removeHandler(h)
d = logging.FileHandler(folder + '/delayed.log', delay=True)
print(d.stream)
logging.shutdown()
with open(path) as f:
    print(f.read(), end='')
import os
print(os.path.exists(folder + '/delayed.log') if hasattr(os, 'path') else False)
