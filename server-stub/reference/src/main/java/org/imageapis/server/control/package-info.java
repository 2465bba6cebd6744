/**
 * What a test can make the reference server do besides serving its dataset: answers chosen by the request's
 * {@code Prefer} header ({@link org.imageapis.server.control.PreferFilter}), injected faults
 * ({@link org.imageapis.server.control.FaultInjector}) and a journal of the requests received
 * ({@link org.imageapis.server.control.RequestJournal}). {@link org.imageapis.server.control.ServerControls} hands
 * them to {@code ReferenceServer.start}; {@link org.imageapis.server.control.ControlHandler} applies faults and
 * delays in front of Jersey, at the Grizzly level, so that a reset connection or a cut body is real on the wire.
 */
package org.imageapis.server.control;
