package org.imageapis.server.modelarts;

import org.imageapis.server.http.Json;
import org.imageapis.server.http.Rendered;
import org.imageapis.server.modelarts.model.ImageGroupPage;

/** An {@link ImageGroupPage} with its JSON, serialized once (see {@code Answers}). */
final class RenderedImageGroupPage extends ImageGroupPage implements Rendered {

    private final byte[] json;

    RenderedImageGroupPage(ImageGroupPage page) {
        current(page.getCurrent())
                .pages(page.getPages())
                .size(page.getSize())
                .total(page.getTotal())
                .data(page.getData())
                .isSwrEnterprise(page.getIsSwrEnterprise());
        this.json = Json.bytes(page);
    }

    @Override
    public byte[] json() {
        return json;
    }
}
