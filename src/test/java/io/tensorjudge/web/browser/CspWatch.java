package io.tensorjudge.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every Content-Security-Policy violation in a browser context, from two independent sources: a
 * {@code securitypolicyviolation} listener installed before any page script runs (reported back through an exposed
 * binding, so nothing is lost on navigation) and chromium's console messages ("Refused to ...").
 */
final class CspWatch {

    private static final String LISTENER = """
            document.addEventListener('securitypolicyviolation', (e) => {
              window.__tjCspViolation([e.violatedDirective, e.blockedURI || '(inline)', e.sourceFile || '',
                String(e.lineNumber || ''), (e.sample || '').slice(0, 80),
                (e.target && e.target.outerHTML || '').slice(0, 300)].join(' | '));
            }, true);
            """;

    private final List<String> violations = new CopyOnWriteArrayList<>();

    private CspWatch() {
    }

    /** Watches every page of the context, now and later. */
    static CspWatch on(BrowserContext context) {
        CspWatch watch = new CspWatch();
        context.exposeBinding("__tjCspViolation", (source, args) -> {
            watch.violations.add("event on " + source.page().url() + ": " + args[0]);
            return null;
        });
        context.addInitScript(LISTENER);
        context.onConsoleMessage(message -> {
            String text = message.text();
            if (text.contains("Content Security Policy") || text.startsWith("Refused to")) {
                watch.violations.add("console on " + (message.page() == null ? "?" : message.page().url()) + ": "
                        + text);
            }
        });
        return watch;
    }

    static CspWatch on(Page page) {
        return on(page.context());
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    void clear() {
        violations.clear();
    }
}
