/**
 * Delivery of the static web client: its files, stylesheet, configuration and
 * Content-Security-Policy.
 */
@NullMarked
package dk.kk.hfi.web;

import org.jspecify.annotations.NullMarked;
