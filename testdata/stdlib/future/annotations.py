# Under `from __future__ import annotations` annotations are kept as
# strings: forward references cost nothing, and nothing is evaluated.
from __future__ import annotations
import __future__
from dataclasses import dataclass, fields
from typing import Optional

count: int = 3
names: list[str]

def connect(host: str, port: int = 80, *args: Node, timeout: float | None = None, **kw: dict[str, 'Node']) -> Optional[Node]:
    return None

def plain(key=lambda x: x * 2, other={1: 2}):
    return key(3), other

@dataclass
class Node:
    name: str
    parent: Optional[Node] = None
    children: list[Node] = None

    def walk(self, depth: int = 0) -> Iterator[Node]:
        yield self

print(__annotations__)
print(connect.__annotations__)
print(plain())
print(Node.__annotations__)
print([(f.name, f.type) for f in fields(Node)])
print(Node.walk.__annotations__, Node("a", Node("b")).parent.name)
print(__future__.annotations.getMandatoryRelease(), __future__.division.getOptionalRelease(), "annotations" in __future__.all_feature_names)
