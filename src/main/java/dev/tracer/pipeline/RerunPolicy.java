package dev.tracer.pipeline;

import dev.tracer.config.Options;
import dev.tracer.messages.Messages;
import dev.tracer.model.ModuleResult;
import dev.tracer.run.Retry;

/** Whether the first pass's failures get a rerun (see the README's "Reruns"). */
final class RerunPolicy {

    private RerunPolicy() {
    }

    /** Why the failures are not rerun, or null when they are. */
    static String noRerunReason(Options options, ModuleResult first, TestRunner.Outcome outcome, Console console) {
        if (first.tests().stream().noneMatch(t -> t.state().isProblem())) {
            return "nothing failed";
        }
        if (!options.retry()) {
            return "tracer.retry=false";
        }
        if (options.failed()) {
            return "tracer.failed";
        }
        if (outcome.surefireReruns() > 0) {
            return "Surefire reran the failures itself (rerunFailingTestsCount)";
        }
        if (!Retry.selectable(first)) {
            console.warn(Messages.notRerunFromXml());
            return "results from Surefire's XML reports";
        }
        return null;
    }
}
