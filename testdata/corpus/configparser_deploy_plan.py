# Builds a deployment plan from an INI file: services with their
# endpoints, health checks and the ssh commands that restart them.
import configparser
import os
import shlex
import sys
from urllib.parse import urlsplit, urljoin, urlencode, quote, parse_qs, urlunsplit

CONFIG = """
# deployment settings
[DEFAULT]
domain = example.internal
user = deploy
restart = systemctl restart %(unit)s
timeout = 30

[api]
unit = api.service
url = https://api.%(domain)s:8443/v2/
health = status?verbose=1
hosts = api-1.%(domain)s
        api-2.%(domain)s
canary = yes

[worker]
unit = worker@default.service
url = http://%(user)s@worker.%(domain)s/
health = /healthz
hosts = worker-1.%(domain)s
timeout = 120
canary = off

[static files]
unit = nginx.service
url = https://cdn.%(domain)s/assets/
hosts = cdn-1.%(domain)s
health = ../ping

[broken]
unit = broken.service
url = http://broken.%(domain)s:99999/
hosts = broken-1.%(domain)s
restart = %(missing_key)s now
"""

folder = sys.argv[1] if len(sys.argv) > 1 else '/tmp'
path = os.path.join(folder, 'deploy.ini')
with open(path, 'w') as fh:
    fh.write(CONFIG)

cfg = configparser.ConfigParser()
read = cfg.read([path, os.path.join(folder, 'deploy.local.ini')])
print('read', [os.path.basename(p) for p in read])
print('sections', cfg.sections())

problems = []
for name in cfg.sections():
    sect = cfg[name]
    print('==', name)
    try:
        url = urlsplit(sect['url'])
        port = url.port or {'http': 80, 'https': 443}[url.scheme]
    except ValueError as e:
        problems.append((name, 'url', str(e)))
        print('  bad url:', e)
        continue
    print('  endpoint', url.scheme, url.hostname, port, 'user=%s' % url.username)
    health = urljoin(sect['url'], sect.get('health', 'health'))
    query = urlencode({'service': name, 'timeout': sect.getint('timeout')})
    parts = urlsplit(health)
    check = urlunsplit(parts._replace(query=(parts.query + '&' if parts.query else '') + query))
    print('  health', check)
    print('  query', parse_qs(urlsplit(check).query))
    print('  canary', sect.getboolean('canary', fallback=False))
    hosts = sect['hosts'].split()
    try:
        restart = sect['restart']
    except configparser.InterpolationError as e:
        problems.append((name, 'restart', type(e).__name__))
        print('  restart: cannot interpolate:', e.reference)
        continue
    for host in hosts:
        cmd = ['ssh', '-o', 'ConnectTimeout=%s' % sect['timeout'], '%s@%s' % (sect['user'], host)] + shlex.split(restart)
        print('  $', shlex.join(cmd))
    print('  log', 'https://logs.%s/search?q=%s' % (cfg['DEFAULT']['domain'], quote('unit:"%s"' % sect['unit'])))

print('problems:')
for p in problems:
    print('  ', p)

# A summary written back, then read again.
summary = configparser.ConfigParser(interpolation=None)
summary['run'] = {'services': len(cfg.sections()), 'failed': len(problems)}
summary['run']['note'] = 'ok: 100%'
for name, field, err in problems:
    summary.set('run', name.replace(' ', '_') + '.' + field, err)
out = os.path.join(folder, 'summary.ini')
with open(out, 'w') as fh:
    summary.write(fh)
with open(out) as fh:
    print(fh.read())
again = configparser.ConfigParser(interpolation=None)
again.read(out)
print(dict(again['run']), again.getint('run', 'failed'))
