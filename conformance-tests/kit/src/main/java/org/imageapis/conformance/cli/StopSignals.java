package org.imageapis.conformance.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Runs an action on SIGTERM and SIGINT instead of ending the JVM, so that the proxy can still write its report and
 * choose its exit status (a shutdown hook cannot). Only {@code sun.misc.Signal} (module {@code jdk.unsupported})
 * offers this. It is reached by reflection because javac warns about every direct use of that API, no
 * {@code @SuppressWarnings} silences the warning, and the build treats warnings as errors.
 */
final class StopSignals {

    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private StopSignals() {}

    /**
     * Calls {@code action} when the process gets SIGTERM or SIGINT.
     *
     * @throws IllegalStateException when this JVM has no {@code sun.misc.Signal}
     */
    static void onStop(Runnable action) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            InvocationHandler call = (proxy, method, args) -> handle(method, action, proxy, args);
            Object handlerProxy =
                    Proxy.newProxyInstance(StopSignals.class.getClassLoader(), new Class<?>[] {handler}, call);
            Method handle = signal.getMethod("handle", signal, handler);
            for (String name : SIGNALS) {
                handle.invoke(null, signal.getConstructor(String.class).newInstance(name), handlerProxy);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot handle SIGTERM and SIGINT in this JVM: " + e, e);
        }
    }

    private static Object handle(Method method, Runnable action, Object proxy, Object[] args) {
        return switch (method.getName()) {
            case "handle" -> {
                action.run();
                yield null;
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> "StopSignals handler";
        };
    }
}
