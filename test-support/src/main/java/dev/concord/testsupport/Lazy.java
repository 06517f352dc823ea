package dev.concord.testsupport;

import java.util.function.Supplier;

/**
 * A value computed on first use, once. Unlike the holder-class idiom, a failed computation is tried again on the
 * next use and reports its real cause, instead of a bare NoClassDefFoundError.
 */
final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> computation;
    private T value;

    Lazy(Supplier<T> computation) {
        this.computation = computation;
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = computation.get();
        }
        return value;
    }
}
