// SPDX-License-Identifier: GPL-2.0-or-later
#include "import/input-reader.hpp"

#include "parse/parse-document.hpp"
#include "util/archive-reader.hpp"
#include "util/read-file.hpp"

#include <fmt/format.h>

#include <optional>

namespace {

/// Bytes read from the start of a file too large to read whole, to tell an archive or a
/// submission of another form by it: an SEC header fits many times over.
constexpr std::size_t HEAD_BYTES = std::size_t{64} * 1024;

/// A member path with a hidden component ("__MACOSX/._x.xml", ".git/..."), left out as the
/// walk leaves out hidden files.
bool is_hidden_member(std::string_view name)
{
    std::size_t start = 0;
    while (start < name.size()) {
        auto const end = std::min(name.find('/', start), name.size());
        if (name[start] == '.' && end - start > 0) {
            return true;
        }
        start = end + 1;
    }
    return false;
}

std::string too_large(std::string const &name, std::uint64_t size, std::uint64_t limit)
{
    return fmt::format("{}: {} bytes, more than the limit of {} bytes (--max-file-size): not read", name, size, limit);
}

/// The next regular, visible member with its content, or a refusal for it; nullopt at the
/// end. Errors of the archive itself come back as a refusal of the archive (the members
/// before it have been handed over).
struct member_read_t
{
    std::optional<input_document_t> document;
    std::optional<input_refusal_t> refusal;
    bool end = false;
};

member_read_t read_member(archive_reader_t *reader, std::string const &archive_name, std::uint64_t limit)
{
    try {
        auto member = reader->next();
        while (member && (member->is_directory || is_hidden_member(member->name))) {
            member = reader->next();
        }
        if (!member) {
            return {std::nullopt, std::nullopt, true};
        }
        auto name = fmt::format("{}!{}", archive_name, member->name);
        if (!member->is_regular) {
            auto reason = name + ": a link or special file in the archive, not a regular file: not read";
            return {std::nullopt, input_refusal_t{name, std::move(reason), false, std::string{SKIP_NOT_REGULAR_FILE}},
                    false};
        }
        std::optional<std::string> bytes;
        if (member->size && *member->size > limit) {
            reader->skip();
        } else {
            bytes = reader->read(limit);
        }
        if (!bytes) {
            auto reason = too_large(name, member->size.value_or(limit + 1), limit);
            return {std::nullopt, input_refusal_t{name, std::move(reason), true, {}}, false};
        }
        if (looks_like_archive(*bytes)) {
            auto reason = name + ": an archive inside an archive: not opened (unpack the outer one)";
            return {std::nullopt, input_refusal_t{name, std::move(reason), false, std::string{SKIP_ARCHIVE_IN_ARCHIVE}},
                    false};
        }
        return {input_document_t{std::move(name), std::move(*bytes)}, std::nullopt, false};
    } catch (user_error_t const &e) {
        return {std::nullopt, input_refusal_t{archive_name, e.what(), true, {}}, true};
    }
}

bool read_members(archive_reader_t *reader, std::string const &archive_name, std::uint64_t limit,
                  document_sink_t const &on_document, refusal_sink_t const &on_refusal)
{
    while (true) {
        auto read = read_member(reader, archive_name, limit);
        bool const go_on = read.document  ? on_document(std::move(*read.document))
                           : read.refusal ? on_refusal(std::move(*read.refusal))
                                          : true;
        if (!go_on || read.end) {
            return go_on;
        }
    }
}

/// Reads the members of an archive opened by `open` (which may throw when the archive is
/// not one libarchive can read).
template <typename TOpen>
bool read_archive(std::string const &name, TOpen &&open, std::uint64_t limit, document_sink_t const &on_document,
                  refusal_sink_t const &on_refusal)
{
    std::optional<archive_reader_t> reader;
    try {
        open(&reader);
    } catch (user_error_t const &e) {
        return on_refusal({name, e.what(), true, {}});
    }
    return read_members(&*reader, name, limit, on_document, on_refusal);
}

/// A file too large to read whole: an archive is streamed, a submission of a form the
/// archive does not keep is skipped by its header, anything else refused.
bool read_large_file(regular_file_t *file, std::uint64_t limit, document_sink_t const &on_document,
                     refusal_sink_t const &on_refusal)
{
    std::string head;
    try {
        head = file->read_head(HEAD_BYTES);
    } catch (user_error_t const &e) {
        return on_refusal({file->path(), e.what(), true, {}});
    }
    if (looks_like_archive(head)) {
        auto open = [&](std::optional<archive_reader_t> *reader) { reader->emplace(file->path(), file->fd()); };
        return read_archive(file->path(), open, limit, on_document, on_refusal);
    }
    if (auto const form = unkept_submission_form(head)) {
        return on_refusal({file->path(),
                           fmt::format("{}: form {} is not kept in the archive (a submission of {} bytes, read no "
                                       "further than its header)",
                                       file->path(), *form, file->size()),
                           false, "form " + *form});
    }
    return on_refusal({file->path(), too_large(file->path(), file->size(), limit), true, {}});
}

} // namespace

bool read_input(input_entry_t const &entry, std::uint64_t max_file_size, document_sink_t const &on_document,
                refusal_sink_t const &on_refusal)
{
    if (!entry.to_read()) {
        return on_refusal({entry.path, fmt::format("{}: {}", entry.path, entry.not_read_reason), entry.is_error,
                           entry.is_error ? std::string{} : std::string{SKIP_FOLDER_WALKED_BEFORE}});
    }
    // Errors are caught around the reading only: what the sinks throw is not this file's.
    std::optional<regular_file_t> file;
    std::string bytes;
    try {
        file.emplace(entry.path);
        if (file->size() <= max_file_size) {
            bytes = file->read_all(max_file_size);
        }
    } catch (not_regular_file_t const &e) {
        return on_refusal({entry.path, e.what(), false, std::string{SKIP_NOT_REGULAR_FILE}});
    } catch (user_error_t const &e) {
        return on_refusal({entry.path, e.what(), true, {}});
    }
    if (file->size() > max_file_size) {
        return read_large_file(&*file, max_file_size, on_document, on_refusal);
    }
    if (!looks_like_archive(bytes)) {
        return on_document({entry.path, std::move(bytes)});
    }
    auto open = [&](std::optional<archive_reader_t> *reader) { reader->emplace(entry.path, std::string_view{bytes}); };
    return read_archive(entry.path, open, max_file_size, on_document, on_refusal);
}
