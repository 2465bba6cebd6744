/** Internal: the JUnit XML writer the kit's reports share. */
package org.imageapis.conformance.junit;
