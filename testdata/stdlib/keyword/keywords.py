# keyword: the lists and the predicates.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(keyword.__all__, len(keyword.kwlist))
for word in ['if', 'True', 'none', 'match', 'case', 'type', '_', 'print', 'async', 'yield', '']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))


def safe_identifier(name):
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return name + '_'
    return name


print([safe_identifier(n) for n in ['class', 'id', 'from', 'match', 'value', 'lambda']])
try:
    keyword.iskeyword([])
except TypeError as e:
    print('TypeError', e)
