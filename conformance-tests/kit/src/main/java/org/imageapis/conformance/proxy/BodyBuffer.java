package org.imageapis.conformance.proxy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Holds a message body as it arrives, up to a limit. Past the limit the caller stops holding: it takes what was
 * held, forwards it, and lets the rest stream through. Owned by one event loop.
 */
final class BodyBuffer {

    private final long limit;
    private ByteBuf held;
    private long size;

    BodyBuffer(long limit) {
        this.limit = limit;
    }

    /**
     * Holds one more chunk (retaining it).
     *
     * @return false when the body is now larger than the limit
     */
    boolean add(ByteBufAllocator alloc, ByteBuf chunk) {
        if (!chunk.isReadable()) {
            return size <= limit;
        }
        size += chunk.readableBytes();
        if (held == null) {
            held = chunk.retain();
        } else {
            if (!(held instanceof CompositeByteBuf)) {
                // Never consolidated: a body of many chunks is only ever read, so copying it would be waste.
                held = alloc.compositeBuffer(Integer.MAX_VALUE).addComponent(true, held);
            }
            ((CompositeByteBuf) held).addComponent(true, chunk.retain());
        }
        return size <= limit;
    }

    /** What is held, handed over to the caller (who releases it); empty afterwards. */
    ByteBuf take() {
        ByteBuf body = held == null ? Unpooled.EMPTY_BUFFER : held;
        held = null;
        size = 0;
        return body;
    }

    /** Releases what is held, if anything: the exchange ended early. */
    void release() {
        if (held != null) {
            held.release();
            held = null;
        }
        size = 0;
    }
}
