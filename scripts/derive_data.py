#!/usr/bin/env python3
"""Derives Mizan's embedded gazetteers and word lists from ../shared/data/registry.

Usage: python3 scripts/derive_data.py [--shared DIR]   (default: $MIZAN_SHARED or ../shared)

Writes (all committed, sources and licences in data/NOTICE.md):
  data/gazetteer/countries.tsv  iso2, Latin name, Arabic names, nisba stems, broken plurals
  data/gazetteer/capitals.tsv   iso2, Latin name, Arabic names
  data/lexicon/months.tsv       month number, Arabic month names (all CLDR Arabic locales)
  data/lexicon/weekdays.tsv     weekday key, Arabic name
  data/lexicon/stopwords.txt    union of two MIT Arabic stop-word lists
  data/lexicon/given_names.txt / family_names.txt   faker's Arabic name lists (MIT)
Deterministic: the same registry gives byte-identical files.
"""
import argparse, json, os, pathlib, re, unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
DIACRITICS = re.compile('[\u064B-\u065F\u0670\u0640]')
ARABIC_WORDS = re.compile(r'^[\u0621-\u064A\u0671-\u06D3 \-]+$')


def clean(s):
    s = DIACRITICS.sub('', unicodedata.normalize('NFC', s)).strip()
    s = re.sub(r'\s+', ' ', s)
    # A typo in the source doubles the alif of the article ("ااالخرطوم"): no Arabic word
    # starts with two alifs.
    return re.sub(r'(^| )ا{2,}ل', r'\1ال', s)


def plausible_arabic(name):
    """GeoNames' Arabic alternates include Uyghur/Kurdish spellings (ئاممان, تىرانا): drop them."""
    return bool(ARABIC_WORDS.match(name)) and not re.search('ى[^ ]', name) and not name.startswith('ئا') \
        and len(name.replace(' ', '')) >= 3


def fold(s):
    """The analyser's matching form: no diacritics, alef forms → ا, ى → ي, ة → ه."""
    s = DIACRITICS.sub('', s)
    return s.translate(str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه'}))


def common_words(stems_path, stop_path):
    """Folded words known mostly as ordinary words: seen 5+ times in the corpus-derived stem
    lexicon with under 30% of the occurrences inside names, or listed as stop words."""
    out = set()
    if stems_path.exists():
        for line in open(stems_path, encoding='utf-8'):
            if line.startswith('#'):
                continue
            k, n, ne = line.rstrip('\n').split('\t')
            if int(n) >= 5 and int(ne) < 0.3 * int(n):
                out.add(k)
    for line in open(stop_path, encoding='utf-8'):
        if not line.startswith('#'):
            out.add(fold(line.strip()))
    return out


def nisba_of(name):
    """Masculine singular nisba stem of a one-word country name (without ال)."""
    n = name[2:] if name.startswith('ال') else name
    if ' ' in n or len(n) < 3:
        return None
    if n.endswith('يا'):
        return n[:-1]
    if n.endswith('ا'):
        return n[:-1] + 'ي'
    if n.endswith('ية'):
        return n[:-1]
    if n.endswith('ة'):
        return n[:-1] + 'ي'
    if n.endswith('ي') or n.endswith('و'):
        return None
    return n + 'ي'


def write(path, header, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(header)
        for r in rows:
            f.write('\t'.join(r) + '\n')
    print(f'{len(rows):6d} rows -> {path.relative_to(ROOT)}')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared', default=os.environ.get('MIZAN_SHARED', str(ROOT.parent / 'shared')))
    args = ap.parse_args()
    reg = pathlib.Path(args.shared) / 'data' / 'registry'
    if not reg.is_dir():
        raise SystemExit(f'derive_data: no registry at {reg} (set MIZAN_SHARED or --shared)')

    # Countries: i18n-iso-countries (MIT) + CLDR territory names in 11 Arabic locales (Unicode-3.0).
    iso = json.load(open(reg / 'i18n-iso-countries/ar.json', encoding='utf-8'))['countries']
    names = {k: [clean(v)] if isinstance(v, str) else [clean(x) for x in v] for k, v in iso.items()}
    for line in open(reg / 'cldr/cldr_ar_flat.tsv', encoding='utf-8'):
        kind, key, ar = line.rstrip('\n').split('\t')
        if kind != 'territory':
            continue
        code = key.split('-alt')[0]
        if len(code) == 2 and code.isalpha():
            names.setdefault(code, []).append(clean(ar))
    latin = {}
    capitals = []
    for i, line in enumerate(open(reg / 'geonames_ar/capitals_ar.tsv', encoding='utf-8')):
        if i == 0:
            continue
        code, country_en, capital_en, ar = line.rstrip('\n').split('\t')
        latin[code] = country_en
        cap = sorted({clean(x) for x in ar.split('|') if plausible_arabic(clean(x))})
        if cap:
            capitals.append((code, capital_en, '|'.join(cap)))
    extra = {}
    for line in open(ROOT / 'data/lexicon/country_extra.tsv', encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        cols = line.rstrip('\n').split('\t') + ['', '', '']
        extra[cols[0]] = cols[1:4]
    rows = []
    for code in sorted(names):
        if code not in iso:
            continue  # CLDR also names regions and blocs (EU, UN, 419): not countries
        ns = [n for n in names[code] if n and ARABIC_WORDS.match(n)]
        ex_names, ex_nisba, ex_plural = extra.get(code, ['', '', ''])
        ns += [clean(x) for x in ex_names.split('|') if x]
        primary = ns[0]  # i18n-iso-countries' name comes first: the canonical one
        ns = [primary] + sorted(set(ns) - {primary}, key=lambda s: (len(s), s))
        if ex_nisba:
            nis = ex_nisba.split('|')
        else:
            nis = sorted({x for x in (nisba_of(n) for n in ns) if x})
        rows.append((code, latin.get(code, ''), '|'.join(ns), '|'.join(nis), ex_plural))
    write(ROOT / 'data/gazetteer/countries.tsv',
          '# iso2\tlatin\tarabic names (canonical first)\tnisba stems\tbroken plurals  (generated by scripts/derive_data.py)\n', rows)
    write(ROOT / 'data/gazetteer/capitals.tsv',
          '# iso2\tlatin\tarabic names  (generated by scripts/derive_data.py from GeoNames)\n', capitals)

    # Cities: GeoNames (CC BY 4.0). Large cities everywhere, smaller ones in the Arab world and
    # its neighbours; a one-word name that the ANERcorp-derived stem lexicon knows mostly as an
    # ordinary word (or a stop word) is left out ("امان", "الحرية"…), so is anything shorter
    # than three letters. When several cities share a name, the most populous keeps it.
    near = set("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IR TR IL ER ET CY AF PK".split())
    common = common_words(ROOT / 'data/lexicon/stems.tsv', ROOT / 'data/lexicon/stopwords.txt')
    # Weekday and month names are never taken for cities ("الخميس").
    for line in open(reg / 'cldr/cldr_ar_flat.tsv', encoding='utf-8'):
        kind, key, ar = line.rstrip('\n').split('\t')
        if kind.startswith(('month_', 'weekday_')):
            w = fold(clean(ar))
            common |= {w, w[2:] if w.startswith('ال') else w}
    best = {}
    for i, line in enumerate(open(reg / 'geonames_ar/cities15000_ar.tsv', encoding='utf-8')):
        if i == 0:
            continue
        gid, name, code, pop, ar = line.rstrip('\n').split('\t')
        pop = int(pop or 0)
        if not (pop >= 150_000 or code in near and pop >= 30_000):
            continue
        for n in ar.split('|'):
            n = clean(n)
            bare = fold(n)[2:] if fold(n).startswith('ال') else fold(n)
            if not plausible_arabic(n) or (' ' not in n and (fold(n) in common or bare in common)):
                continue
            k = fold(n)
            if k not in best or best[k][3] < pop:
                best[k] = (code, name, n, pop)
    by_city = {}
    for code, name, n, pop in best.values():
        by_city.setdefault((code, name, pop), []).append(n)
    rows = sorted(((c, l, '|'.join(sorted(ns)), str(p)) for (c, l, p), ns in by_city.items()),
                  key=lambda r: (-int(r[3]), r[0], r[1]))
    write(ROOT / 'data/gazetteer/cities.tsv',
          '# iso2\tlatin\tarabic names\tpopulation  (generated by scripts/derive_data.py from GeoNames)\n', rows)

    # Months and weekdays: CLDR, every Arabic locale (يناير, جانفي, كانون الثاني, شتنبر…).
    months, weekdays = {}, {}
    for line in open(reg / 'cldr/cldr_ar_flat.tsv', encoding='utf-8'):
        kind, key, ar = line.rstrip('\n').split('\t')
        if kind.startswith('month_'):
            months.setdefault(int(key), set()).add(clean(ar))
        elif kind.startswith('weekday_'):
            weekdays.setdefault(key, set()).add(clean(ar))
    write(ROOT / 'data/lexicon/months.tsv', '# month\tarabic names (CLDR, all Arabic locales)\n',
          [(str(m), '|'.join(sorted(v))) for m, v in sorted(months.items())])
    order = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']
    write(ROOT / 'data/lexicon/weekdays.tsv', '# weekday\tarabic names (CLDR)\n',
          [(k, '|'.join(sorted(weekdays[k]))) for k in order if k in weekdays])

    # Stop words: stopwords-iso (MIT) and npm stopword (MIT).
    sw = set()
    for line in open(reg / 'stopwords/stopwords-iso/ar.txt', encoding='utf-8'):
        w = clean(line)
        if w and ARABIC_WORDS.match(w):
            sw.add(w)
    js = open(reg / 'stopwords/npm-stopword/stopwords_ara.js', encoding='utf-8').read()
    for w in re.findall(r"'([^']+)'|\"([^\"]+)\"", js):
        w = clean(w[0] or w[1])
        if w and ARABIC_WORDS.match(w):
            sw.add(w)
    write(ROOT / 'data/lexicon/stopwords.txt', '# Arabic stop words: stopwords-iso + npm stopword (both MIT)\n',
          [(w,) for w in sorted(sw)])

    # Given and family names: faker (MIT).
    fk = json.load(open(reg / 'faker-python-ar/faker_ar_names.json', encoding='utf-8'))
    given, family = set(), set()
    for k, v in fk.items():
        if not k.startswith('person.'):
            continue
        for f in ('first_names', 'first_names_male', 'first_names_female'):
            given |= {clean(x) for x in v.get(f, [])}
        family |= {clean(x) for x in v.get('last_names', [])}
    given = {x for x in given if ARABIC_WORDS.match(x)}
    family = {x for x in family if ARABIC_WORDS.match(x)}
    write(ROOT / 'data/lexicon/given_names.txt', '# Arabic given names, from faker (MIT)\n', [(w,) for w in sorted(given)])
    write(ROOT / 'data/lexicon/family_names.txt', '# Arabic family names, from faker (MIT)\n', [(w,) for w in sorted(family)])


if __name__ == '__main__':
    main()
