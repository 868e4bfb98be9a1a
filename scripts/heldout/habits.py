#!/usr/bin/python3
"""Compares the page habits of two page folders (e.g. dev and held-out), per extractor: lines per page,
blank-line share, letter-spaced lines, mean compact line length, lines that are a headline (gold) and where
the first headline sits, share of articles with kicker / subheadline / dateline / byline / captions.
usage: habits.py DIR [DIR ...]"""
import glob
import json
import os
import re
import statistics
import sys


def page_stats(txt, gold):
    lines = open(txt, encoding='utf-8').read().split('\n')
    nonblank = [l for l in lines if l.strip()]
    heads = [re.sub(r'\s+', '', a['headline'] or '') for a in gold['articles']]
    comp = [re.sub(r'\s+', '', l) for l in lines]
    head_pos = []
    for h in heads:
        for i, c in enumerate(comp):
            if c and len(c) >= 2 and (c == h or (len(c) >= 4 and h.startswith(c))):
                head_pos.append(i / max(1, len(lines)))
                break
    arts = gold['articles']
    n = max(1, len(arts))
    return {
        'lines': len(lines),
        'blank%': 100 * (len(lines) - len(nonblank)) / max(1, len(lines)),
        'spaced%': 100 * sum(1 for l in nonblank if re.search(r'\S \S \S \S', l)) / max(1, len(nonblank)),
        'len': statistics.mean(len(re.sub(r'\s', '', l)) for l in nonblank),
        'arts': len(arts),
        'chars': sum(len(p) for a in arts for p in a['body']),
        'kicker%': 100 * sum(1 for a in arts if a['kicker']) / n,
        'sub%': 100 * sum(1 for a in arts if a['subheadline']) / n,
        'dateline%': 100 * sum(1 for a in arts if a['dateline']) / n,
        'byline%': 100 * sum(1 for a in arts if a['reporters'] or a['correspondents'] or a['authors']) / n,
        'caption%': 100 * sum(1 for a in arts if a['captions']) / n,
        'headfound%': 100 * len(head_pos) / n,
        'headpos': statistics.mean(head_pos) if head_pos else 0.0,
        'noise': len(gold['noise']),
    }


def main():
    keys = None
    for d in sys.argv[1:]:
        groups = {}
        for g in sorted(glob.glob(os.path.join(d, '*.gold.json'))):
            gold = json.load(open(g, encoding='utf-8'))
            st = page_stats(g.replace('.gold.json', '.txt'), gold)
            groups.setdefault(gold['extractor'], []).append(st)
        for ex, rows in sorted(groups.items()):
            keys = keys or list(rows[0])
            if ex == sorted(groups)[0]:
                print(f'{"":38}' + ''.join(f'{k:>11}' for k in keys))
            print(f'{os.path.basename(os.path.normpath(d)) + " " + ex + " (" + str(len(rows)) + ")":38}'
                  + ''.join(f'{statistics.mean(r[k] for r in rows):11.1f}' for k in keys))


if __name__ == '__main__':
    main()
