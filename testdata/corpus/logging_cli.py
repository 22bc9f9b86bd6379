# A command-line tool whose -v and -q flags pick the log level, with a
# custom level, a LoggerAdapter carrying a request id, and {-style formats.
import argparse
import logging
import sys

TRACE = 5
logging.addLevelName(TRACE, 'TRACE')


def configure(verbosity, quiet):
    level = logging.WARNING - 10 * verbosity
    if quiet:
        level = logging.ERROR
    level = max(level, TRACE)
    logging.basicConfig(stream=sys.stdout, level=level, force=True,
                        format='{levelname:<7} {name}: {message}', style='{')
    return level


class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[req %s] %s' % (self.extra['request'], msg), kwargs


def handle(requests):
    log = logging.getLogger('server')
    for i, path in enumerate(requests, 1):
        req = RequestAdapter(log, {'request': i})
        req.log(TRACE, 'raw path %r', path)
        req.debug('routing %s', path)
        if path.startswith('/admin'):
            req.warning('admin access to %s', path)
        elif path.endswith('.php'):
            req.error('blocked %s', path)
        else:
            req.info('served %s', path)


def main(argv):
    p = argparse.ArgumentParser(prog='serve')
    p.add_argument('-v', '--verbose', action='count', default=0)
    p.add_argument('-q', '--quiet', action='store_true')
    p.add_argument('paths', nargs='*', default=['/index.html'])
    args = p.parse_args(argv)
    level = configure(args.verbose, args.quiet)
    print('== %s -> level %s' % (' '.join(argv) or '(no args)', logging.getLevelName(level)))
    handle(args.paths)
    logging.getLogger('server.stats').log(logging.INFO + 5, 'handled %d requests', len(args.paths))


main([])
main(['/a', '/admin/users', '/x.php'])
main(['-v', '/a', '/admin'])
main(['-vv', '/a'])
main(['-vvv', '/b'])
main(['-q', '/admin', '/y.php'])
print(logging.getLevelName(TRACE), logging.getLevelName('TRACE'), logging.getLevelName(25))
print(logging.getLogger('server').isEnabledFor(logging.ERROR), logging.root.level)
