package org.imageapis.server.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the API resources that need a token or an AK/SK signature; docs and specs stay public.
 * {@link AuthFeature} reads it (a JAX-RS name binding would not reach the methods, which the
 * generated interfaces declare).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Authenticated {}
