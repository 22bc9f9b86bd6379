import configparser, io, sys, os
from configparser import ConfigParser, RawConfigParser
def show(cfg):
    for name in cfg:
        sect = cfg[name]
        print(' ', repr(name), sect, list(sect), [(k, sect.get(k, raw=True)) for k in sect])
def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print('  ->', repr(r))
        return r
    except Exception as e:
        print('  !!', type(e).__name__, str(e).replace('\n', '|'))
text = """
# a comment
; another
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes
base = /srv

[forge.example]
User = hg
path = %(base)s/forge
pct = 100%%

[topsecret.server.example]
Port = 50022
ForwardX11 = no
multi = first line
   second line

   third after blank
empty =
colon: value with = inside
  key with spaces   =   value with spaces  
[with spaces ]
x=1
"""
cfg = ConfigParser()
cfg.read_string(text)
print(cfg.sections(), cfg.defaults())
show(cfg)
print(cfg['forge.example']['path'], cfg['forge.example']['pct'], cfg.get('forge.example', 'path', raw=True))
print(repr(cfg['topsecret.server.example']['multi']), repr(cfg['topsecret.server.example']['empty']))
print(cfg.getint('topsecret.server.example', 'port'), cfg.getboolean('forge.example', 'compression'), cfg.getfloat('DEFAULT', 'compressionlevel'))
print(cfg['topsecret.server.example'].getboolean('forwardx11'), cfg['forge.example'].getint('missing', 7), cfg['forge.example'].get('missing'))
print(cfg.get('nosuch', 'x', fallback='fb'), cfg.get('forge.example', 'nope', fallback=None), cfg.getint('forge.example', 'nope', fallback=3))
attempt(cfg.get, 'nosuch', 'x')
attempt(cfg.get, 'forge.example', 'nope')
attempt(cfg.getint, 'forge.example', 'user')
attempt(cfg.getboolean, 'forge.example', 'user')
attempt(cfg.getint, 'nosuch', 'user', fallback=1)
print(cfg.has_section('forge.example'), cfg.has_section('DEFAULT'), cfg.has_option('forge.example', 'USER'), cfg.has_option('forge.example', 'base'), cfg.has_option('nope', 'x'), cfg.has_option('', 'base'), cfg.has_option('DEFAULT', 'user'))
print(cfg.options('forge.example'))
attempt(cfg.options, 'nosuch')
print(cfg.items('forge.example'))
print(cfg.items('forge.example', raw=True))
print(cfg.items('DEFAULT'))
print(cfg.items('forge.example', vars={'base': '/opt'}))
print(cfg.get('forge.example', 'path', vars={'base': '/var'}))
attempt(cfg.items, 'nosuch')
print([(k, v) for k, v in cfg.items()])
print('forge.example' in cfg, 'DEFAULT' in cfg, 'x' in cfg, len(cfg), list(cfg.keys()))
print('user' in cfg['forge.example'], 'base' in cfg['forge.example'], len(cfg['forge.example']), cfg['forge.example'].name, cfg['forge.example'].parser is cfg)
attempt(lambda: cfg['nosuch'])
attempt(lambda: cfg['forge.example']['nosuch'])
cfg.add_section('new')
cfg.set('new', 'Key', 'Value')
cfg['new']['other'] = '42'
cfg['another'] = {'a': 1, 'B': 'two'}
attempt(cfg.__setitem__, 'third', {'c': None})
attempt(cfg.add_section, 'new')
attempt(cfg.add_section, 'DEFAULT')
attempt(cfg.add_section, 5)
attempt(cfg.set, 'nosuch', 'a', 'b')
attempt(cfg.set, 'new', 'a', 5)
attempt(cfg.set, 'new', 5, 'x')
attempt(cfg.set, 'new', 'bad', '100%')
attempt(cfg.set, 'new', 'bad', '%(x)d')
attempt(cfg.set, 'new', 'ok', '%(x)s and %%')
attempt(cfg.set, 'new', 'none')
attempt(lambda: cfg['new'].__setitem__('n', 3))
print(cfg.remove_option('new', 'key'), cfg.remove_option('new', 'key'), cfg.remove_section('another'), cfg.remove_section('another'))
attempt(cfg.remove_option, 'nosuch', 'x')
del cfg['new']['other']
attempt(lambda: cfg['new'].__delitem__('other'))
attempt(lambda: cfg.__delitem__('DEFAULT'))
attempt(lambda: cfg.__delitem__('nosuch'))
out = io.StringIO()
cfg.write(out)
print(out.getvalue())
out = io.StringIO()
cfg.write(out, space_around_delimiters=False)
print(out.getvalue())
# interpolation errors
bad = ConfigParser()
bad.read_string("""[s]
missing = %(nope)s
syntax = %(unterminated
lonely = 50% off
deep = %(deep)s
a = %(b)s
b = %(c)s
c = end
""")
for opt in ['missing', 'syntax', 'lonely', 'deep', 'a']:
    attempt(bad.get, 's', opt)
    attempt(bad.get, 's', opt, raw=True)
attempt(bad.items, 's')
# raw parser
raw = RawConfigParser()
raw.read_string("[s]\nv = %(x)s 100%\n")
print(raw.get('s', 'v'), raw.items('s'))
raw.set('s', 'n', 5)
print(raw.get('s', 'n'), raw['s']['n'])
raw.add_section(7)
print(raw.sections())
# extended
ext = ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""[paths]
home = /home/me
data = ${home}/data
cost = $$5
[other]
log = ${paths:data}/log
bad = ${nope:x}
bad2 = ${a:b:c}
bad3 = $x
bad4 = ${}
""")
print(ext['paths']['data'], ext['paths']['cost'], ext['other']['log'])
for o in ['bad', 'bad2', 'bad3', 'bad4']:
    attempt(ext.get, 'other', o)
attempt(ext.set, 'other', 'z', '$ 5')
# no interpolation
ni = ConfigParser(interpolation=None)
ni.read_string("[s]\nv = %(x)s 100%\n")
print(ni['s']['v'])
attempt(ConfigParser, interpolation=5)
# parse errors
for src in ["no header = 1\n", "[s]\nkey\n", "[s]\na = 1\na = 2\n", "[s]\n[s]\n", "[s]\n= v\nok = 1\njunk\n", "\n\n  [s]\nx=1\n", "[]\nx=1\n", "[s]\nx=1\n  [t]\n", "[s]\n  indented=1\n"]:
    c = ConfigParser()
    try:
        c.read_string(src)
        print(repr(src), 'ok', [(s, dict(c[s])) for s in c.sections()])
    except Exception as e:
        print(repr(src), type(e).__name__, str(e).replace('\n', '|'), e.args)
c = ConfigParser(strict=False)
c.read_string("[s]\na = 1\na = 2\n[s]\nb = 3\n")
print(dict(c['s']))
c = ConfigParser(allow_no_value=True)
c.read_string("[mysqld]\nskip-bdb\nuser = mysql\n  # comment\nflag\n")
print(c.items('mysqld'), c.get('mysqld', 'skip-bdb'))
out = io.StringIO(); c.write(out); print(repr(out.getvalue()))
try:
    c.read_string("[x]\nflag\n  continued\n")
except Exception as e:
    print(type(e).__name__, str(e).replace('\n', '|'))
c = ConfigParser(delimiters=(':', '=>'), comment_prefixes=('//',), inline_comment_prefixes=('#', ';'))
c.read_string("[s]\na => b # trailing\nc: d;not comment ; comment\n// full comment\n# not a full comment here\ne:x#y\n")
print(c.items('s'))
out = io.StringIO(); c.write(out); print(repr(out.getvalue()))
c = ConfigParser(empty_lines_in_values=False)
attempt(c.read_string, "[s]\na = 1\n  2\n\n  3\n")
print(c.items('s'))
c = ConfigParser(defaults={'Home': '/h', 'n': 3}, default_section='general')
c.read_string("[general]\nextra = 1\n[x]\np = %(home)s/p\n")
print(c.defaults(), c.sections(), c['x']['p'], list(c), c.items('x'))
class Cased(ConfigParser):
    def optionxform(self, s):
        return s
c = Cased()
c.read_string("[S]\nKeyName = 1\n")
print(c.options('S'), c.has_option('S', 'keyname'))
c = ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
c.read_string("[s]\nhosts = a, b ,c\n")
print(c.getlist('s', 'hosts'), c['s'].getlist('hosts'), c['s'].getlist('nope', ['d']), sorted(c.converters))
c = ConfigParser()
c.read_dict({'one': {'a': 1, 'b': True}, 2: {'x': 1.5}})
print(c.sections(), dict(c['one']), c['2']['x'])
attempt(c.read_dict, {'one': {'a': 1, 'A': 2}})
c.read_string("[sec]\nk=v\n", source='mysource.ini')
attempt(c.read_string, "[sec]\nk=v\nk=w\n", 'other.ini')
attempt(c.read_file, io.StringIO("[q]\nz=1\n[q]\n"))
c.read_file(["[lines]\n", "a = 1\n"], source='list')
print(c['lines']['a'])
d = os.path.join(sys.argv[1] if len(sys.argv) > 1 else '/tmp', 'app.ini')
with open(d, 'w') as fh:
    fh.write("[app]\nname = demo\ndebug = on\n")
c = ConfigParser()
print(c.read([d, d + '.missing']) == [d], c.read(d + '.missing'), c['app']['name'], c.getboolean('app', 'debug'))
attempt(lambda: c['app'].getint('name'))
print(c.popitem()[0], c.sections())
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH, issubclass(configparser.NoSectionError, configparser.Error), issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError))
e = configparser.NoOptionError('o', 's'); print(repr(e), e.args, e.option, e.section, e.message)
e = configparser.DuplicateSectionError('s'); print(str(e), e.args)
e = configparser.DuplicateOptionError('s', 'o'); print(str(e), e.args)
e = configparser.ParsingError('src'); e.append(3, 'bad'); print(str(e).replace('\n', '|'), e.errors, e.args)
print(str(configparser.InterpolationMissingOptionError('o', 's', 'raw', 'ref')))
print(str(configparser.InterpolationDepthError('o', 's', 'raw')))
print(configparser.ConfigParser.BOOLEAN_STATES)
