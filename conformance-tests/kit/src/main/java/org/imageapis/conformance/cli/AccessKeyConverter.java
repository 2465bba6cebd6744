package org.imageapis.conformance.cli;

import org.imageapis.signing.AkSkCredentials;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts {@code AK:SK} into a key pair; its messages never repeat the value, which holds the secret key. */
final class AccessKeyConverter implements ITypeConverter<AkSkCredentials> {

    @Override
    public AkSkCredentials convert(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new TypeConversionException("expected ACCESS_KEY:SECRET_KEY, both non-empty");
        }
        return AkSkCredentials.of(value.substring(0, colon), value.substring(colon + 1));
    }
}
