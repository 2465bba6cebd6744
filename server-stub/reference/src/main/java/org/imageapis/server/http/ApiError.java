package org.imageapis.server.http;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The error body every API declares ({@code ErrorResponse} in {@code common/components.yaml}). */
public record ApiError(
        @JsonProperty("error_code") String errorCode,
        @JsonProperty("error_msg") String errorMsg) {}
