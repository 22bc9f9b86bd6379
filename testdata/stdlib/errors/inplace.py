# A failed augmented assignment names its operator (+=, not +).
x = None
try:
    x += 1
except TypeError as e: print(e)
l = [1]
l += [2]
l *= 2
print(l)
s = "a"
try:
    s -= 1
except TypeError as e: print(e)
try:
    s //= 2
except TypeError as e: print(e)
