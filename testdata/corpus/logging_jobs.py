# A batch job runner that logs to the console and to a file in the work
# folder, with a logger per component, levels, filters and a summary.
import logging
import sys

folder = sys.argv[1] if len(sys.argv) > 1 else '/tmp'
log_path = folder + '/jobs.log'

console = logging.StreamHandler(sys.stdout)
console.setLevel(logging.INFO)
console.setFormatter(logging.Formatter('%(levelname)-8s %(name)-12s %(message)s'))
logfile = logging.FileHandler(log_path, mode='w')
logfile.setLevel(logging.DEBUG)
logfile.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(funcName)s|%(message)s'))
root = logging.getLogger()
root.setLevel(logging.DEBUG)
root.addHandler(console)
root.addHandler(logfile)

log = logging.getLogger('jobs')
db_log = logging.getLogger('jobs.db')
mail_log = logging.getLogger('jobs.mail')


class SkipNoisy(logging.Filter):
    def filter(self, record):
        return 'heartbeat' not in record.getMessage()


console.addFilter(SkipNoisy())


def run_job(name, items):
    log.info('starting %s with %d items', name, len(items))
    done = 0
    for item in items:
        db_log.debug('processing %r', item)
        if item < 0:
            db_log.warning('%s: negative item %d skipped', name, item)
            continue
        if item == 0:
            try:
                raise ValueError('zero is not allowed in %s' % name)
            except ValueError:
                log.exception('job %s failed', name)
                return False
        done += item
    db_log.debug('heartbeat after %s', name)
    log.info('finished %s: total %d', name, done)
    return True


jobs = {'import': [1, 2, 3], 'cleanup': [4, -1, 5], 'report': [7, 0, 9], 'archive': []}
results = {}
for name, items in jobs.items():
    results[name] = run_job(name, items)
failed = sorted(n for n, ok in results.items() if not ok)
if failed:
    mail_log.error('sending failure mail for %s', ', '.join(failed))
mail_log.critical('%d of %d jobs failed', len(failed), len(jobs))
logging.getLogger('jobs.mail').setLevel(logging.ERROR)
mail_log.warning('this warning is below the mail level')
print('effective levels:', log.getEffectiveLevel(), mail_log.getEffectiveLevel())
logfile.close()
root.removeHandler(logfile)
print('--- %s ---' % 'jobs.log')
with open(log_path) as f:
    for line in f.read().splitlines():
        print(line.replace(folder, 'DIR'))
logging.shutdown()
