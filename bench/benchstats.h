// SPDX-License-Identifier: GPL-3.0-or-later
// Spreads of repeated measurements and the `bench <name> <value> <unit>` lines benchmarks print.
#pragma once

#include <QList>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace Glossa::Bench {

struct Spread {
    double median = 0;
    double min = 0;
    double max = 0;
};

inline Spread spread(QList<double> values)
{
    if (values.isEmpty()) {
        return {};
    }
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {median, values.first(), values.last()};
}

// The value at fraction `q` of `values` (0.5 the median, 0.95 the 95th percentile): the smallest
// value with at least that share of the values at or below it; 0 for no values.
inline double percentile(QList<double> values, double q)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(q * double(values.size())));
    return values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)];
}

// One `bench <name> <value> <unit>` line.
inline void line(const char *name, double value, const char *unit)
{
    std::printf("bench %s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

inline void print(const char *name, const Spread &s, const char *unit)
{
    std::printf("# %s: median %.1f, min %.1f, max %.1f %s\n", name, s.median, s.min, s.max, unit);
    std::printf("bench %s %.1f %s\n", name, s.median, unit);
    std::fflush(stdout);
}

} // namespace Glossa::Bench
