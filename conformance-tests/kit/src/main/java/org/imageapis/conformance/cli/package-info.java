/** The {@code conformance} command line ({@code conformance.jar}): commands, input files and report formats. */
package org.imageapis.conformance.cli;
