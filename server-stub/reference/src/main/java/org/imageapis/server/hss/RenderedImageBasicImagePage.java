package org.imageapis.server.hss;

import org.imageapis.server.hss.model.ImageBasicImagePage;
import org.imageapis.server.http.Json;
import org.imageapis.server.http.Rendered;

/** An {@link ImageBasicImagePage} with its JSON, serialized once (see {@code Answers}). */
final class RenderedImageBasicImagePage extends ImageBasicImagePage implements Rendered {

    private final byte[] json;

    RenderedImageBasicImagePage(ImageBasicImagePage page) {
        totalNum(page.getTotalNum()).dataList(page.getDataList());
        this.json = Json.bytes(page);
    }

    @Override
    public byte[] json() {
        return json;
    }
}
