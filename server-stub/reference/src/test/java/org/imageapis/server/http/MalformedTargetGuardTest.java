package org.imageapis.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The guard's shortcut never calls a target valid that {@code java.net.URI} refuses. */
class MalformedTargetGuardTest {

    private static final String CHARACTERS = "aZ09-_.!~*'():@&=+$,;/?%#[] \"<>\\^`{|}éA5fG";

    @Test
    void whatTheShortcutCallsValidIsAValidUri() {
        Random random = new Random(11);
        int plain = 0;
        for (int n = 0; n < 200_000; n++) {
            String path = "/" + randomString(random);
            String query = random.nextBoolean() ? null : randomString(random);
            if (MalformedTargetGuard.plainlyValid(path, query)) {
                plain++;
                assertThat(parses(query == null ? path : path + "?" + query))
                        .as("%s ? %s", path, query)
                        .isTrue();
            }
        }
        assertThat(plain).as("the shortcut is taken").isGreaterThan(1_000);
    }

    @Test
    void theDocRequestsTakeTheShortcut() {
        assertThat(MalformedTargetGuard.plainlyValid(
                        "/v1/a4da8115c9d8464ead3a38309130523f/image-servers", "limit=10&offset=0"))
                .isTrue();
        assertThat(MalformedTargetGuard.plainlyValid("/v2/manage/shared-repositories", "filter=center::self|name::x"))
                .isFalse(); // '|' is for URI to judge (it refuses it)
        assertThat(MalformedTargetGuard.plainlyValid("/v1/p/images/group", "name=%zz"))
                .isFalse();
        assertThat(MalformedTargetGuard.plainlyValid("//host/x", null)).isFalse();
    }

    private static String randomString(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            s.append(CHARACTERS.charAt(random.nextInt(CHARACTERS.length())));
        }
        return s.toString();
    }

    private static boolean parses(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
