import math
tests = ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(10, 1)", "math.log(8, 2)", "math.exp(1000)", "math.floor(float('inf'))", "math.floor(float('nan'))",
"math.factorial(-1)", "math.factorial(2.0)", "math.isqrt(-1)", "math.comb(5, -1)", "math.perm(-5, 1)", "math.sqrt('x')", "math.gcd(2.0, 4)", "math.fsum([float('inf'), -float('inf')])",
"math.fsum([1e308, 1e308])", "math.pow(0, -1)", "math.pow(-8, 1/3)", "math.pow(10, 400)", "math.fmod(1, 0)", "math.ldexp(1, 10000)", "math.dist([1],[1,2])", "math.acos(2)",
"math.log(2**3000)", "math.log(2**3000, 2)", "math.log10(10**400)", "math.log2(2**1100)", "math.floor(2**100 + 0.5)", "math.sqrt(2**2000)", "math.comb(5, 'a')", "math.log(0, 10)",
"math.prod([1, 2], start=3)", "math.prod(['a'], start=3)", "math.hypot('a')", "math.isclose(1, 1, rel_tol=-1)", "math.cosh(1000)", "math.gamma(0)", "math.lgamma(-1)", "math.atanh(1)",
"math.trunc('x')", "math.ceil('x')", "math.copysign('x', 1)", "math.log('x')", "math.erf('a')", "math.sqrt()", "math.sqrt(1, 2)", "math.log()", "math.gcd()", "math.lcm()",
"math.frexp(float('inf'))", "math.modf(float('inf'))", "math.nextafter(1, 2)", "math.ulp(1)", "math.remainder(5, 3)", "math.exp2(3)", "math.sumprod([1,2],[3,4])", "math.fma(2,3,4)",
"math.isqrt(10**40+5)", "math.comb(100, 50)", "math.perm(10)", "math.perm(10, 3)", "math.factorial(30)", "math.ceil(2**70)", "math.floor(True)", "math.log1p(-1)", "math.fsum([0.1]*10)", "math.hypot(3, 4, 12)",
"math.sqrt(10**400)", "math.exp(-1000)", "math.pow(2, 0.5)", "math.degrees(math.pi)", "math.radians(180)", "math.lcm(4, 6, 10)", "math.gcd(12, 18, 27)", "math.dist((0,0),(3,4))", "math.trunc(-2.5)"]
for t in tests:
    try: r = eval(t); print(t, "=", repr(r))
    except Exception as e: print(t, "!", type(e).__name__, e)
