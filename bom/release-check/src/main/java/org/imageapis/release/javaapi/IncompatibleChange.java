package org.imageapis.release.javaapi;

/**
 * One binary- or source-incompatible change japicmp found in a module.
 *
 * @param module the artifactId
 * @param element the class ({@code org.imageapis.client.RetryPolicy}), a member of it in japicmp's exclude notation
 *     ({@code …RetryPolicy#maxBackoff()}, {@code …RetryPolicy#RetryPolicy(int)} for a constructor, {@code …#FIELD}),
 *     or an implemented interface ({@code …RetryPolicy implements java.io.Serializable})
 * @param type japicmp's change type, such as {@code METHOD_REMOVED}
 */
record IncompatibleChange(
        String module, String element, String type, boolean binaryIncompatible, boolean sourceIncompatible) {

    /** "binary and source incompatible", "binary incompatible" or "source incompatible". */
    String kind() {
        if (binaryIncompatible && sourceIncompatible) {
            return "binary and source incompatible";
        }
        return binaryIncompatible ? "binary incompatible" : "source incompatible";
    }
}
