package org.crdash.bench;

import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

/** Discards what is written, counting bytes and line feeds (readable from other threads while it runs). */
final class CountingSink extends OutputStream {

    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong lines = new AtomicLong();

    @Override
    public void write(int b) {
        bytes.incrementAndGet();
        if (b == '\n') {
            lines.incrementAndGet();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        long n = 0;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                n++;
            }
        }
        lines.addAndGet(n);
        bytes.addAndGet(len);
    }

    long bytes() {
        return bytes.get();
    }

    long lines() {
        return lines.get();
    }
}
