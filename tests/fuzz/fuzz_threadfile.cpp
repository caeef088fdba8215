// SPDX-License-Identifier: GPL-3.0-or-later
// A thread file as `glossa thread-merge` reads it. What is read can be written and read again.
#include "fuzzcheck.h"
#include "thread/threadfile.h"

using namespace Glossa;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<Thread::ThreadFile> file = Thread::ThreadFileFormat::read(Fuzz::bytes(data, size), &error);
    if (!file) {
        Fuzz::check(!error.isEmpty(), "a refusal without a reason");
        return 0;
    }
    QString again;
    const std::optional<Thread::ThreadFile> back
        = Thread::ThreadFileFormat::read(Thread::ThreadFileFormat::write(*file), &again);
    Fuzz::check(back.has_value(), "a thread file read cannot be read again once written", again);
    Fuzz::check(back->comments.size() == file->comments.size() && back->anchors.size() == file->anchors.size(),
        "writing a thread file read loses comments or passages");
    Thread::ThreadFile combined = *file;
    Thread::combine(combined, *back);
    return 0;
}
