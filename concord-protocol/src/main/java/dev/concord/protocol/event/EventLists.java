package dev.concord.protocol.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Defensive copies for event lists that tolerate what a decoder may hand over (null, null elements), so the codec's
 * validation can name the bad field instead of a constructor failing with a bare NullPointerException.
 */
final class EventLists {

    private EventLists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
