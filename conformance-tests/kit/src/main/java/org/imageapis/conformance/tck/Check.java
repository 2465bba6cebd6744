package org.imageapis.conformance.tck;

import java.util.List;
import org.imageapis.conformance.semantics.OperationSemantics;

/** A check that sends its own requests to one operation and judges the answers. */
interface Check {

    CheckName name();

    CaseResult run(ApiUnderTest api, OperationSemantics operation);

    /** A check that judges the answers the other checks provoke. */
    interface Observer {

        CheckName name();

        CaseResult judge(ApiUnderTest api, OperationSemantics operation, List<Exchange> exchanges);
    }
}
