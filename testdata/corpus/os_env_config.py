# Configure a job from the environment, with defaults, write the
# resolved settings to a temporary file for a child step, and fail with
# exit code 2 when a required setting is missing.
import os
import sys
import tempfile

os.environ['JOB_NAME'] = 'nightly'
os.environ['JOB_RETRIES'] = '3'
os.environ.pop('JOB_TOKEN', None)
for key in ('JOB_WORKERS', 'JOB_QUEUE'):
    if key in os.environ:
        del os.environ[key]

DEFAULTS = {'JOB_WORKERS': '4', 'JOB_QUEUE': 'default', 'JOB_RETRIES': '1'}
REQUIRED = ['JOB_NAME', 'JOB_TOKEN']


def setting(key):
    return os.environ.get(key, DEFAULTS.get(key))


settings = {}
for key in sorted(set(DEFAULTS) | set(REQUIRED)):
    settings[key] = setting(key)
print('resolved:')
for key, value in sorted(settings.items()):
    print('  %-12s = %r' % (key, value))

os.environ.setdefault('JOB_QUEUE', 'urgent')
print('queue after setdefault:', os.environ['JOB_QUEUE'], os.getenv('JOB_QUEUE'))
os.environ.update(JOB_WORKERS='8')
print('workers:', int(os.environ['JOB_WORKERS']) * 2)
print('path entries > 0:', len(os.get_exec_path()) > 0)
print('home expanded:', os.path.expanduser('~') != '~' or 'HOME' not in os.environ)
os.environ['JOB_DIR'] = '/srv/jobs'
print('expanded:', os.path.expandvars('$JOB_DIR/${JOB_NAME}/out-$NOPE_UNSET'))

with tempfile.TemporaryDirectory(prefix='jobcfg-') as tmp:
    with tempfile.NamedTemporaryFile('w', suffix='.env', dir=tmp, delete=False) as f:
        for key, value in sorted(settings.items()):
            if value is not None:
                f.write('%s=%s\n' % (key, value))
        cfg = f.name
    print('config written:', os.path.basename(cfg).endswith('.env'), os.path.dirname(cfg) == tmp)
    with open(cfg) as f:
        loaded = dict(line.rstrip('\n').split('=', 1) for line in f)
    print('reloaded keys:', sorted(loaded))
    print('mode:', oct(os.stat(cfg).st_mode & 0o777))
print('temp removed:', not os.path.exists(tmp))

missing = [k for k in REQUIRED if not settings.get(k)]
if missing:
    print('error: missing required settings: ' + ', '.join(missing), file=sys.stderr)
    print('exiting with 2')
    sys.exit(2)
print('not reached')
