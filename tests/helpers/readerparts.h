// SPDX-License-Identifier: GPL-3.0-or-later
// The reader without the main window, for tests that drive it directly: its web profile, the view,
// the note editor and the controller, made and destroyed in the order they depend on each other.
#pragma once

#include "annotations/noteeditor.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "web/readerprofile.h"

#include <KSyntaxHighlighting/Repository>

#include <memory>

namespace Glossa::Test {

struct ReaderParts {
    explicit ReaderParts(Glossa::Library *library)
        : syntax(std::make_shared<const KSyntaxHighlighting::Repository>())
        , profile(std::make_unique<Glossa::Ui::ReaderProfile>(library, syntax))
        , view(std::make_unique<Glossa::Ui::ReaderView>(profile.get()))
        , editor(std::make_unique<Glossa::Ui::NoteEditor>(syntax))
        , controller(std::make_unique<Glossa::Ui::ReaderController>(library, view.get(), editor.get()))
    {
    }
    ReaderParts(const ReaderParts &) = delete;
    ReaderParts &operator=(const ReaderParts &) = delete;

    // The controller uses the view and the editor; the view's page belongs to the profile.
    ~ReaderParts()
    {
        controller.reset();
        view.reset();
        editor.reset();
        profile.reset();
    }

    std::shared_ptr<const KSyntaxHighlighting::Repository> syntax;
    std::unique_ptr<Glossa::Ui::ReaderProfile> profile;
    std::unique_ptr<Glossa::Ui::ReaderView> view;
    std::unique_ptr<Glossa::Ui::NoteEditor> editor;
    std::unique_ptr<Glossa::Ui::ReaderController> controller;
};

} // namespace Glossa::Test
