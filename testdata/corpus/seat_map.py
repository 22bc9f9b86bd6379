# A theatre seat map stored sparsely in a dict keyed by (row, seat),
# wrapped in a class with __getitem__, __setitem__, __contains__,
# __len__ and __iter__.
import sys


class SeatMap:
    def __init__(self, rows, seats_per_row):
        self.rows = rows
        self.width = seats_per_row
        self.taken = {}

    def _key(self, label):
        row, num = label[0].upper(), int(label[1:])
        r = ord(row) - ord("A")
        if not (0 <= r < self.rows and 1 <= num <= self.width):
            raise IndexError("no seat %s" % label)
        return (r, num)

    def __getitem__(self, label):
        return self.taken.get(self._key(label))

    def __setitem__(self, label, name):
        key = self._key(label)
        if key in self.taken:
            raise ValueError("seat %s already taken by %s" % (label, self.taken[key]))
        self.taken[key] = name

    def __delitem__(self, label):
        del self.taken[self._key(label)]

    def __contains__(self, label):
        return self._key(label) in self.taken

    def __len__(self):
        return len(self.taken)

    def __iter__(self):
        for r, num in sorted(self.taken):
            yield "%s%d" % (chr(ord("A") + r), num)

    def free_blocks(self, row, size):
        r = ord(row) - ord("A")
        run = []
        for num in range(1, self.width + 1):
            run = run + [num] if (r, num) not in self.taken else []
            if len(run) >= size:
                yield "%s%d-%s%d" % (row, run[-size], row, run[-1])

    def render(self):
        print("    " + "".join(str(n % 10) for n in range(1, self.width + 1)))
        for r in range(self.rows):
            cells = "".join("X" if (r, n) in self.taken else "." for n in range(1, self.width + 1))
            print("  %s %s" % (chr(ord("A") + r), cells))


hall = SeatMap(5, 12)
bookings = [("A1", "ana"), ("A2", "ana"), ("C5", "bo"), ("C6", "bo"), ("C7", "bo"),
            ("B12", "cy"), ("E1", "dee"), ("C6", "eve"), ("F3", "fay"), ("A13", "gus"), ("D10", "hal")]
for seat, name in bookings:
    try:
        hall[seat] = name
    except (ValueError, IndexError) as e:
        print("booking failed:", e)

hall.render()
print("booked:", len(hall), list(hall))
print("C6 is", hall["C6"], "| C8 is", hall["C8"], "| 'b12' in hall:", "b12" in hall)
del hall["A2"]
print("after cancel:", len(hall), "A2" in hall)
per_person = {}
for seat in hall:
    per_person.setdefault(hall[seat], []).append(seat)
print(per_person)
print("blocks of 4 in C:", list(hall.free_blocks("C", 4))[:3], "...")
print("blocks of 11 in A:", list(hall.free_blocks("A", 11)))
occupancy = len(hall) / (hall.rows * hall.width)
print("occupancy: {:.1%}".format(occupancy))
rows = {}
for r, num in hall.taken:
    rows[r] = rows.get(r, 0) + 1
print({chr(65 + r): n for r, n in sorted(rows.items())})
