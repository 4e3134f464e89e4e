package org.paperboy.app;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;

/**
 * A port that tells the metrics what went through it: every call goes to the real implementation, and
 * then the call's method, arguments and result go to {@code after}. The parts that use the port see no
 * difference, so they report without knowing that anything counts, and a method added to the port
 * later needs nothing here.
 */
final class Observed {

    /** One call that returned. */
    record Call(String method, Object[] args, Object result) {
        Object arg(int i) {
            return args[i];
        }
    }

    private Observed() {
    }

    static <T> T calls(Class<T> port, T target, Consumer<Call> after) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            after.accept(new Call(method.getName(), args, result));
            return result;
        };
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
    }
}
