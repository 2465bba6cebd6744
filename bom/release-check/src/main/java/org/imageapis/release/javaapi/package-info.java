/**
 * The Java API gate: holds the public Java API of the client, the server API and the kit to the last release, as
 * japicmp compares them, and lets an incompatible change pass only when it is acknowledged with a reason
 * (docs/releasing.md, "Java API compatibility").
 */
package org.imageapis.release.javaapi;
