#!/usr/bin/env python3
"""Derives data/lexicon/wordfreq.tsv: how each common Arabic word is used in general text.

Usage: python3 scripts/derive_wordfreq.py [--wordfreq FILE] [--out FILE]

FILE is `wordfreq/data/large_ar.msgpack.gz` from the wordfreq 3.1.1 wheel on PyPI (data
CC BY-SA 4.0). Without --wordfreq the script fetches the wheel with
`pip download wordfreq==3.1.1 --no-deps` into a temporary folder. Needs the `msgpack` module
(`pip install msgpack`).

For every folded Arabic word s (not itself starting with the article) whose forms together
reach Zipf frequency 3 (once per million words), it writes three digits:
  1. the Zipf bucket of all its forms (3: 3-4, 4: 4-5, 5: 5 and more);
  2. the share of those forms with the article (ال، وال، بال، لل …): 0 under 2%, 1 under 10%,
     2 under 30%, 3 under 60%, 4 above;
  3. the share with a pronoun suffix (ـه، ـها، ـهم، ـهما، ـكم، ـهن): 0 under 1%, 1 under 5%,
     2 under 15%, 3 above.
A name ("بوتين", "لافروف") is used without the article or a pronoun; a noun ("زيارة") with both.
The tagger reads these digits as features. Deterministic: the same input gives the same file.
"""
import argparse, collections, gzip, math, pathlib, subprocess, sys, tempfile, zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
FOLD = str.maketrans({'آ': 'ا', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه'})
BARE = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل']
ARTICLE = ['ال', 'وال', 'فال', 'بال', 'كال', 'وبال', 'فبال', 'وكال']
PRONOUNS = ['ه', 'ها', 'هم', 'هما', 'كم', 'هن']
MIN_ZIPF = 3.0


def fold(w):
    return w.translate(FOLD).lower()


def arabic(w):
    return all('\u0621' <= c <= '\u064a' for c in w)


def load(path):
    import msgpack
    with gzip.open(path) as f:
        data = msgpack.load(f, raw=False)
    # wordfreq's cBpack: after a header, list i holds the words of frequency 10^(-i/100).
    freq = collections.defaultdict(float)
    for i, words in enumerate(data[1:], 1):
        for w in words:
            if arabic(w):
                freq[fold(w)] += 10 ** (-i / 100)
    return freq


def profile(freq, s):
    bare = sum(freq.get(p + s, 0.0) for p in BARE)
    art = sum(freq.get(p + s, 0.0) for p in ARTICLE)
    if not s.startswith('ل'):
        art += sum(freq.get(p + 'لل' + s, 0.0) for p in ['', 'و', 'ف'])
    # ة (folded ه) is written ت before a pronoun: زيارة → زيارته
    e = s[:-1] + 'ت' if s.endswith('ه') and len(s) > 2 else s
    pron = sum(freq.get(p + e + x, 0.0) for p in ['', 'و', 'ف', 'ب', 'ل'] for x in PRONOUNS)
    return bare + art + pron, art, pron


def bucket(x, edges):
    return next((i for i, e in enumerate(edges) if x < e), len(edges))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--wordfreq')
    ap.add_argument('--out', default=str(ROOT / 'data/lexicon/wordfreq.tsv'))
    a = ap.parse_args()
    path = a.wordfreq
    tmp = None
    if path is None:
        tmp = tempfile.TemporaryDirectory()
        subprocess.run([sys.executable, '-m', 'pip', 'download', 'wordfreq==3.1.1', '--no-deps', '-q', '-d', tmp.name],
                       check=True)
        wheel = next(pathlib.Path(tmp.name).glob('wordfreq-*.whl'))
        with zipfile.ZipFile(wheel) as z:
            path = z.extract('wordfreq/data/large_ar.msgpack.gz', tmp.name)
    freq = load(path)
    rows = []
    for s in sorted(freq):
        if s.startswith('ال') or len(s) < 2:
            continue
        total, art, pron = profile(freq, s)
        z = 9 + math.log10(total)
        if z < MIN_ZIPF:
            continue
        rows.append((s, min(int(z), 5), bucket(art / total, [0.02, 0.1, 0.3, 0.6]),
                     bucket(pron / total, [0.01, 0.05, 0.15])))
    with open(a.out, 'w', encoding='utf-8') as out:
        out.write('# How common Arabic words are used in general text, from wordfreq 3.1.1 (Robyn Speer et al.;\n')
        out.write('# data CC BY-SA 4.0), by `python3 scripts/derive_wordfreq.py`.\n')
        out.write('# Columns: folded word <TAB> Zipf bucket, article-share bucket, pronoun-share bucket\n')
        for s, zb, ab, pb in rows:
            out.write(f'{s}\t{zb}{ab}{pb}\n')
    print(f'{len(rows)} words -> {a.out}', file=sys.stderr)


if __name__ == '__main__':
    main()
