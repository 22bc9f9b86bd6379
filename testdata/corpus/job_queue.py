# A priority job queue ordered by user-defined __lt__ and __eq__, with
# deadlines, retries and a final schedule.
import sys


class Job:
    def __init__(self, name, priority, deadline, cost=1):
        self.name = name
        self.priority = priority
        self.deadline = deadline
        self.cost = cost
        self.attempts = 0

    def __lt__(self, other):
        if self.priority != other.priority:
            return self.priority > other.priority
        if self.deadline != other.deadline:
            return self.deadline < other.deadline
        return self.name < other.name

    def __eq__(self, other):
        if not isinstance(other, Job):
            return NotImplemented
        return (self.name, self.priority, self.deadline) == (other.name, other.priority, other.deadline)

    def __hash__(self):
        return hash((self.name, self.priority, self.deadline))

    def __repr__(self):
        return "Job(%s p=%d d=%d)" % (self.name, self.priority, self.deadline)


class Queue:
    def __init__(self, jobs=()):
        self._jobs = []
        for j in jobs:
            self.push(j)

    def push(self, job):
        self._jobs.append(job)
        self._jobs.sort()

    def pop(self):
        return self._jobs.pop(0)

    def __len__(self):
        return len(self._jobs)

    def __bool__(self):
        return len(self._jobs) > 0

    def __iter__(self):
        return iter(self._jobs)

    def __contains__(self, name):
        return any(j.name == name for j in self._jobs)


jobs = [
    Job("backup", 2, 50, cost=5),
    Job("email", 5, 10),
    Job("report", 2, 30, cost=3),
    Job("index", 1, 100, cost=8),
    Job("alert", 9, 5),
    Job("cleanup", 2, 30, cost=2),
]
q = Queue(jobs)
print("queued:", len(q), list(q))
print("has report:", "report" in q, "has deploy:", "deploy" in q)
print("sorted desc:", sorted(jobs, reverse=True)[:3])
print("min/max:", min(jobs), max(jobs))
print("equal copies:", Job("email", 5, 10) == jobs[1], Job("email", 5, 11) == jobs[1], jobs[0] == "backup")
print("unique:", len({Job("a", 1, 1), Job("a", 1, 1), Job("b", 1, 1)}))

clock = 0
done, late = [], []
flaky = {"report": 1}
while q:
    job = q.pop()
    job.attempts += 1
    if flaky.get(job.name, 0) >= job.attempts:
        print("t=%3d %-8s failed, requeued at lower priority" % (clock, job.name))
        job.priority -= 1
        q.push(job)
        continue
    clock += job.cost
    status = "ok" if clock <= job.deadline else "LATE by %d" % (clock - job.deadline)
    (done if clock <= job.deadline else late).append(job.name)
    print("t=%3d %-8s cost=%d attempts=%d %s" % (clock, job.name, job.cost, job.attempts, status))

print("done:", done)
print("late:", late)
print("empty queue is falsy:", not q, bool(q), len(q))
