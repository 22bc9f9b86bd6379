# A singly linked list used as an undo history, with the full sequence
# protocol: __len__, __iter__, __getitem__, __contains__, __eq__,
# __repr__, __bool__ and __reversed__.
import sys


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty history")
        node = self.head
        self.head = node.next
        self._len -= 1
        return node.value

    def __len__(self):
        return self._len

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += self._len
        for i, value in enumerate(self):
            if i == index:
                return value
        raise IndexError("history index out of range")

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return list(self) == list(other)

    def __repr__(self):
        return "LinkedList([%s])" % ", ".join(repr(v) for v in self)


history = LinkedList()
document = ""
edits = [("insert", "Hello"), ("insert", " world"), ("insert", "!"), ("undo", None),
         ("insert", "?"), ("undo", None), ("undo", None), ("insert", " there")]
for op, arg in edits:
    if op == "insert":
        history.push(document)
        document += arg
    else:
        document = history.pop()
    print("%-6s %-10r -> %-16r history=%d" % (op, arg, document, len(history)))

print(history)
print("top:", history[0], "| bottom:", repr(history[-1]), "| slice:", history[:2])
print("contains 'Hello':", "Hello" in history, "| contains 'nope':", "nope" in history)
print("reversed:", list(reversed(history)))
print("equal:", history == LinkedList(["Hello", ""]), history == ["Hello", ""], history != LinkedList())
print("bool:", bool(history), bool(LinkedList()), "len:", len(LinkedList("abc")))
while history:
    print("undo ->", repr(history.pop()))
try:
    history.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    LinkedList([1, 2])[5]
except IndexError as e:
    print("IndexError:", e)
nums = LinkedList(range(1, 8))
print(sum(nums), max(nums), sorted(nums, reverse=True)[:3], [x * x for x in nums if x % 2])
print(dict(zip(nums, "abcdefg")), list(enumerate(nums[2:5])), tuple(nums)[-2:])
