package dev.tracer.listener;

import java.util.Iterator;
import java.util.Set;

import org.testng.IDataProviderInterceptor;
import org.testng.IDataProviderMethod;
import org.testng.ITestContext;
import org.testng.ITestNGMethod;

/**
 * Narrows a TestNG data provider to the rows a rerun selected, so that the rerun of one failed invocation runs that
 * invocation alone (Surefire's {@code -Dtest=Class#method} selects the method, that is every row). Registered through
 * {@code META-INF/services/org.testng.ITestNGListener} only when the listener jar carries a selection, and apart
 * from {@code TracerTestNgListener} because {@code IDataProviderInterceptor} needs TestNG 7: on an older TestNG this
 * class cannot load, and the listener must still. Active under Surefire's TestNG provider only (the ids of the
 * JUnit Platform's testng-engine number invocations itself). Never throws out of a callback.
 */
public class TracerTestNgSelection implements IDataProviderInterceptor {

    static final String ID_PREFIX = "testng:";

    private final Set<String> selection;

    /** Used by {@code ServiceLoader}. */
    public TracerTestNgSelection() {
        this(TestNgProvider.classic(new Throwable().getStackTrace()) ? load() : null);
    }

    TracerTestNgSelection(Set<String> selection) {
        this.selection = selection;
    }

    private static Set<String> load() {
        try {
            return ListenerConfig.configuredSelection();
        } catch (Throwable e) {
            ListenerErrors.report(e);
            return null;
        }
    }

    @Override
    public Iterator<Object[]> intercept(Iterator<Object[]> rows, IDataProviderMethod dataProvider,
            ITestNGMethod method, ITestContext context) {
        try {
            if (selection == null) {
                return rows;
            }
            String key = method.getTestClass().getRealClass().getName() + "#" + method.getMethodName();
            Set<Integer> wanted = DataProviderRows.selected(selection, ID_PREFIX, key);
            return wanted.isEmpty() ? rows : DataProviderRows.keep(key, rows, wanted);
        } catch (Throwable e) {
            ListenerErrors.report(e);
            return rows;
        }
    }
}
