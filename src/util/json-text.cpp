// SPDX-License-Identifier: GPL-2.0-or-later
#include "util/json-text.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace {

using json = nlohmann::ordered_json;

/// The binary subtype that marks an exact number ("dec" in ASCII): no binary data of
/// the program's JSON carries it, as the program writes no other binary values.
constexpr std::uint64_t EXACT_NUMBER_TAG = 0x646563;

/// The text of an exact number, or nullopt when `j` is none.
std::optional<std::string_view> exact_number_text(json const &j)
{
    if (!j.is_binary()) {
        return std::nullopt;
    }
    auto const &bytes = j.get_binary();
    if (!bytes.has_subtype() || bytes.subtype() != EXACT_NUMBER_TAG) {
        return std::nullopt;
    }
    return std::string_view{reinterpret_cast<char const *>(bytes.data()), bytes.size()};
}

class writer_t
{
public:
    explicit writer_t(int indent) : m_indent(indent) {}

    void value(json const &j, int depth)
    {
        if (auto const text = exact_number_text(j)) {
            m_out += *text;
        } else if (j.is_object()) {
            container(j, depth, '{', '}', true);
        } else if (j.is_array()) {
            container(j, depth, '[', ']', false);
        } else {
            m_out += j.dump(-1, ' ', false, json::error_handler_t::replace);
        }
    }

    std::string take() { return std::move(m_out); }

private:
    void container(json const &j, int depth, char open, char close, bool keyed)
    {
        m_out += open;
        if (j.empty()) {
            m_out += close;
            return;
        }
        bool first = true;
        for (auto it = j.begin(); it != j.end(); ++it) {
            m_out += first ? "" : ",";
            first = false;
            new_line(depth + 1);
            if (keyed) {
                m_out += json(it.key()).dump(-1, ' ', false, json::error_handler_t::replace);
                m_out += m_indent >= 0 ? ": " : ":";
            }
            value(*it, depth + 1);
        }
        new_line(depth);
        m_out += close;
    }

    void new_line(int depth)
    {
        if (m_indent >= 0) {
            m_out += '\n';
            m_out.append(static_cast<std::size_t>(depth) * static_cast<std::size_t>(m_indent), ' ');
        }
    }

    int m_indent;
    std::string m_out;
};

} // namespace

json exact_number(std::string_view text)
{
    return json::binary(std::vector<std::uint8_t>(text.begin(), text.end()), EXACT_NUMBER_TAG);
}

std::string json_text(json const &j, int indent)
{
    writer_t writer{indent};
    writer.value(j, 0);
    return writer.take();
}
