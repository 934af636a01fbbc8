/**
 * HFI Family Graph: the Spring Boot application, a GraphQL API over MongoDB with
 * consent-scoped access.
 */
@NullMarked
package dk.kk.hfi;

import org.jspecify.annotations.NullMarked;
