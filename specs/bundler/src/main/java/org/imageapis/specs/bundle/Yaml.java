package org.imageapis.specs.bundle;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.util.regex.Pattern;

/** The mappers of the bundler: strict reading, and YAML output that every YAML reader reads back as written. */
final class Yaml {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .stringQuotingChecker(new QuoteNumberLikeStrings())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private Yaml() {}

    /**
     * Also quotes strings that start like a number, such as {@code 2024-01-01}, {@code 12:30} or {@code 0o17}:
     * YAML 1.1 readers turn those into dates or numbers when they are plain.
     */
    private static final class QuoteNumberLikeStrings extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        private static final Pattern NUMBER_LIKE = Pattern.compile("[-+.]?[0-9].*");

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || NUMBER_LIKE.matcher(value).matches();
        }
    }
}
