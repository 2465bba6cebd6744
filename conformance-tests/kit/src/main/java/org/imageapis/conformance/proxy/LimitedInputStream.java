package org.imageapis.conformance.proxy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading a decompressed body past the maximum size: a small gzip body can expand enormously. */
final class LimitedInputStream extends FilterInputStream {

    /** Thrown when more than the limit would be read. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;

        LimitExceeded(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    private final long limit;
    private long read;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws LimitExceeded {
        read += n;
        if (read > limit) {
            throw new LimitExceeded(limit);
        }
    }
}
