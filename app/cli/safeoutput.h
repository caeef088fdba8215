// SPDX-License-Identifier: GPL-3.0-or-later
// What the command line writes to a terminal or a pipe, made safe: control characters that an
// article's title or a note may carry (ESC, BEL, the C1 controls…) never reach the terminal, where
// they would change colours, move the cursor or ring the bell. Tabs and new lines pass; every other
// control character becomes U+FFFD. JSON output escapes them already, so nothing it holds changes.
#pragma once

#include <QIODevice>

#include <cstdio>

namespace Glossa::Cli {

class SafeOutputDevice final : public QIODevice
{
public:
    explicit SafeOutputDevice(std::FILE *file);

    // False once a write failed (a full disk, a closed pipe); errorString() says why.
    bool failed() const { return m_failed; }
    bool flushFile();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    std::FILE *m_file;
    bool m_afterC2 = false; // the last byte written was 0xC2, the lead byte of U+0080–U+00BF
    bool m_failed = false;
};

} // namespace Glossa::Cli
