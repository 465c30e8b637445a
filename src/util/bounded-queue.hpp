// SPDX-License-Identifier: GPL-2.0-or-later
#ifndef FILING_UTIL_BOUNDED_QUEUE_HPP
#define FILING_UTIL_BOUNDED_QUEUE_HPP

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

/**
 * A queue between threads with a fixed capacity: a producer blocks while it is full, so
 * a slow consumer (the database) holds back the producers instead of letting memory
 * grow. close() ends it: pushes fail from then on, pops drain what is left.
 */
template <typename T>
class bounded_queue_t
{
public:
    explicit bounded_queue_t(std::size_t capacity) : m_capacity(capacity) {}

    bounded_queue_t(bounded_queue_t const &) = delete;
    bounded_queue_t &operator=(bounded_queue_t const &) = delete;
    bounded_queue_t(bounded_queue_t &&) = delete;
    bounded_queue_t &operator=(bounded_queue_t &&) = delete;
    ~bounded_queue_t() = default;

    /// Waits for room; false when the queue was closed (the item is dropped).
    bool push(T item)
    {
        std::unique_lock lock{m_mutex};
        m_not_full.wait(lock, [this] { return m_items.size() < m_capacity || m_closed; });
        if (m_closed) {
            return false;
        }
        m_items.push_back(std::move(item));
        m_not_empty.notify_one();
        return true;
    }

    /// Waits for an item; nullopt once the queue is closed and empty.
    std::optional<T> pop()
    {
        std::unique_lock lock{m_mutex};
        m_not_empty.wait(lock, [this] { return !m_items.empty() || m_closed; });
        if (m_items.empty()) {
            return std::nullopt;
        }
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_not_full.notify_one();
        return item;
    }

    void close()
    {
        std::lock_guard const lock{m_mutex};
        m_closed = true;
        m_not_empty.notify_all();
        m_not_full.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_not_empty;
    std::condition_variable m_not_full;
    std::deque<T> m_items;
    std::size_t m_capacity;
    bool m_closed = false;
};

#endif // FILING_UTIL_BOUNDED_QUEUE_HPP
