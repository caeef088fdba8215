// SPDX-License-Identifier: GPL-3.0-or-later
// The reader without the main window, for tests that drive it directly: its web profile, the view,
// the note editor and the controller, made and destroyed in the order they depend on each other.
#pragma once

#include "annotations/noteeditor.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "web/readerprofile.h"

#include <memory>

namespace Glossa::Test {

struct ReaderParts {
    explicit ReaderParts(Glossa::Library *library)
        : profile(std::make_unique<Glossa::Ui::ReaderProfile>(library))
        , view(std::make_unique<Glossa::Ui::ReaderView>(profile.get()))
        , editor(std::make_unique<Glossa::Ui::NoteEditor>(&profile->syntaxRepository()))
        , controller(std::make_unique<Glossa::Ui::ReaderController>(library, view.get(), editor.get()))
    {
    }
    ReaderParts(const ReaderParts &) = delete;
    ReaderParts &operator=(const ReaderParts &) = delete;

    // The controller uses the view and the editor; the page and the editor's highlighting belong
    // to the profile.
    ~ReaderParts()
    {
        controller.reset();
        view.reset();
        editor.reset();
        profile.reset();
    }

    std::unique_ptr<Glossa::Ui::ReaderProfile> profile;
    std::unique_ptr<Glossa::Ui::ReaderView> view;
    std::unique_ptr<Glossa::Ui::NoteEditor> editor;
    std::unique_ptr<Glossa::Ui::ReaderController> controller;
};

} // namespace Glossa::Test
