#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Fits the anchoring decision model (Tuning::Decision in app/anchor/anchorer_p.h) on the calibration
# texts only, and prints the weights and the figures on calibration and held-out texts.
#   GLOSSA_BENCH_SEEDS=/tmp/seeds GLOSSA_BENCH_NO_SPEED=1 GLOSSA_BENCH_FEATURES=/tmp/f.txt bench_anchor
#   python3 bench/fit_anchor_decision.py /tmp/f.txt
# Each line of the file: status (0 orphan, 1 exact, 2 fuzzy) held_out truth_orphan near scenario kind
# on_edge anchor_score search_score quote prefix suffix distance text_length runner_up split quote_length
# word_share.
import math
import sys

WORDS20 = 3  # Scenario::Words20


def load(path):
    keys = ('status held orph near scen kind edge final score quote pre suf dist n ru split len words').split()
    rows = []
    for line in open(path):
        r = dict(zip(keys, (float(v) for v in line.split())))
        rows.append(r)
    return rows


def features(r):
    # The same as Anchorer::confidence: a side that cannot be compared counts as neutral.
    p = r['pre'] if r['pre'] >= 0 else 0.5
    s = r['suf'] if r['suf'] >= 0 else 0.5
    pos = 1 / (1 + r['dist'] / 200) if r['dist'] >= 0 else 0.0
    # At least half of the quote's words found: below that the passage was rewritten.
    half = 1.0 if r['words'] >= 0.5 else 0.0
    return [1.0, r['score'], r['quote'], max(p, s), min(p, s), pos, min(1.0, r['score'] - r['ru']), r['split'], half]


def fit(rows, iterations=3000, rate=0.5):
    xs = [features(r) for r in rows]
    ys = [1.0 if r['near'] and not r['orph'] else 0.0 for r in rows]
    w = [0.0] * len(xs[0])
    for _ in range(iterations):
        g = [0.0] * len(w)
        for x, y in zip(xs, ys):
            z = max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x))))
            p = 1 / (1 + math.exp(-z))
            for k in range(len(w)):
                g[k] += (p - y) * x[k]
        w = [a - rate * b / len(xs) for a, b in zip(w, g)]
    return w


def figures(rows, accept):
    le10 = le10c = at20 = at20c = anchorable = correct = wrong = orphans = false = 0
    for r in rows:
        a = r['status'] == 1 or (r['status'] == 2 and accept(r))
        if r['orph']:
            orphans += 1
            false += a
            continue
        anchorable += 1
        c = a and r['near']
        correct += c
        wrong += a and not r['near']
        if r['scen'] == WORDS20:
            at20 += 1
            at20c += c
        else:
            le10 += 1
            le10c += c
    pct = lambda a, b: 100.0 * a / b if b else 0.0
    return dict(le10=pct(le10c, le10), at20=pct(at20c, at20), false=pct(false, orphans),
                wrong=pct(wrong, anchorable), cost=(anchorable - correct - wrong) + 5 * (false + wrong))


def main():
    rows = load(sys.argv[1])
    calibration = [r for r in rows if not r['held']]
    held_out = [r for r in rows if r['held']]
    w = fit([r for r in calibration if r['status'] == 2])
    print('weights (bias, score, quote, better side, worse side, position, margin, split, half the words):',
          ' '.join('%.2f' % v for v in w))
    prob = lambda r: 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, features(r)))))
    best = None
    for i in range(30, 96):
        t = i / 100
        f = figures(calibration, lambda r: prob(r) >= t)
        if f['false'] <= 0.5 and f['wrong'] <= 0.5 and (best is None or f['cost'] < best[0]):
            best = (f['cost'], t)
    t = best[1]
    for name, part in (('calibration', calibration), ('held out', held_out)):
        f = figures(part, lambda r: prob(r) >= t)
        print('%s at %.2f: correct_le10 %.2f correct_20 %.2f false %.3f wrong %.3f cost %d'
              % (name, t, f['le10'], f['at20'], f['false'], f['wrong'], f['cost']))


if __name__ == '__main__':
    main()
