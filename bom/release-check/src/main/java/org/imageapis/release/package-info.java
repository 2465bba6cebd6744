/**
 * The release check: holds the staging directory that the build deploys every published module into to the BOM,
 * and each published module to what a public repository requires of it (docs/releasing.md).
 */
package org.imageapis.release;
