package org.imageapis.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.utils.SignUtils;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncodingTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
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

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a%20b      | a b",
                "a+b        | a b",
                "1%2B1      | 1+1",
                "%C3%BC     | ü",
                "%c3%bc     | ü",
                "a%2Fb      | a/b",
                "%zz        | %zz",
                "50%        | 50%",
                "a+%zz      | a+%zz",
            })
    void decodesAQueryComponentWithPlusAsSpaceAndKeepsAMalformedOne(String raw, String decoded) {
        assertThat(PercentEncoding.decodeQueryComponent(raw)).isEqualTo(decoded);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/v1/a%20b  | /v1/a b",
                "/v1/a+b    | /v1/a+b",
                "/v1/%C3%BC | /v1/ü",
                "/v1/%zz+   | /v1/%zz+",
            })
    void decodesAPathKeepingPlusAndAMalformedOne(String raw, String decoded) {
        assertThat(PercentEncoding.decodePath(raw)).isEqualTo(decoded);
    }

    @Test
    void decodesWhatItEncodes() {
        String value = "a b+c/d?e=f&g%ü😀";

        assertThat(PercentEncoding.decodeQueryComponent(PercentEncoding.encode(value)))
                .isEqualTo(value);
        assertThat(PercentEncoding.decodePath(PercentEncoding.encode(value))).isEqualTo(value);
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
