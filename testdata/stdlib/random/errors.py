import random
for f in [lambda: random.randrange(0), lambda: random.randrange(5,5), lambda: random.randrange(5,1,2), lambda: random.randrange(1,5,0),
          lambda: random.randint(5,1), lambda: random.choice([]), lambda: random.sample([1,2],3), lambda: random.sample({1,2},1),
          lambda: random.choices([1,2],[1]), lambda: random.choices([1,2],[0,0]), lambda: random.randrange(1.5), lambda: random.randrange(1, 2.5),
          lambda: random.seed([1]), lambda: random.getrandbits(-1), lambda: random.choices([1,2],[1,2],cum_weights=[1,2]), lambda: random.randrange(1,None,2),
          lambda: random.choices([1], 3), lambda: random.randrange("a"), lambda: random.randint(1.0, 3)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
