from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return "%s with area %.1f" % (self.name(), self.area())

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def name(self):
        return "square"

class Half(Shape):
    def area(self):
        return 1.0

print(Square(3).describe(), isinstance(Square(2), Shape), issubclass(Square, Shape))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)

class Plugin(ABC):
    pass

class External:
    pass

Plugin.register(External)
print(isinstance(External(), Plugin), isinstance(3, Plugin))
