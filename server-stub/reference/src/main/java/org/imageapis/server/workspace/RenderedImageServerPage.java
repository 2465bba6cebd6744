package org.imageapis.server.workspace;

import org.imageapis.server.http.Json;
import org.imageapis.server.http.Rendered;
import org.imageapis.server.workspace.model.ImageServerPage;

/** An {@link ImageServerPage} with its JSON, serialized once (see {@code Answers}). */
final class RenderedImageServerPage extends ImageServerPage implements Rendered {

    private final byte[] json;

    RenderedImageServerPage(ImageServerPage page) {
        count(page.getCount()).items(page.getItems());
        this.json = Json.bytes(page);
    }

    @Override
    public byte[] json() {
        return json;
    }
}
