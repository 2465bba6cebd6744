package org.imageapis.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.utils.SignUtils;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncodingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AZaz09-._~ | AZaz09-._~",
        "a b        | a%20b",
        "1+1        | 1%2B1",
        "a/b        | a%2Fb",
        "*          | %2A",
        "ü          | %C3%BC",
        "😀         | %F0%9F%98%80",
        "%          | %25",
    })
    void keepsOnlyTheUnreservedSet(String raw, String encoded) {
        assertThat(PercentEncoding.encode(raw)).isEqualTo(encoded);
    }

    @Test
    void agreesWithTheSdkOnEveryCodePoint() {
        String everyCodePoint = IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                .filter(codePoint -> Character.getType(codePoint) != Character.SURROGATE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();

        assertThat(PercentEncoding.encode(everyCodePoint)).isEqualTo(SignUtils.urlEncode(everyCodePoint, false));
    }
}
