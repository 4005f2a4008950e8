package io.github.wxrestore.contract;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One documented response played through one operation: a row of {@link DocumentedStatusPactTest}, and one
 * interaction of the pact.
 *
 * @param operation the operation called
 * @param row       the documented response it gets
 */
record DocumentedCall(DocumentedOperation operation, DocumentedResponse row) {

    /** Every response every operation declares: the restore's 20 rows, then each listing's 17. */
    static Stream<DocumentedCall> all() {
        return Arrays.stream(DocumentedOperation.values()).flatMap(operation -> Arrays
                .stream(DocumentedResponse.values()).filter(operation::declares)
                .map(row -> new DocumentedCall(operation, row)));
    }

    String description() {
        return operation.description(row);
    }

    String providerState() {
        return operation.providerState(row);
    }

    Map<String, Object> providerStateParams() {
        return operation.providerStateParams(row);
    }

    /** The test's name: the interaction's description. */
    @Override
    public String toString() {
        return description();
    }
}
