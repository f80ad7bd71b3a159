package dev.tracer.surefire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SurefireProblemTest {

    @Test
    void aSystemExitKeepsTheCauseAndExitCodeButNotPathsOrStack() {
        String surefire = """


                See /tmp/p/target/surefire-reports for the individual test results.
                See dump files (if any exist) [date].dump, [date]-jvmRun[N].dump and [date].dumpstream.
                The forked VM terminated without properly saying goodbye. VM crash or System.exit called?
                Command was /bin/sh -c cd '/tmp/p' && '/usr/bin/java' '-jar' 'surefirebooter.jar'
                Error occurred in starting fork, check output in log
                Process Exit Code: 3
                Crashed tests:
                exit.SecondCallsExitTest
                org.apache.maven.surefire.booter.SurefireBooterForkException: The forked VM terminated
                \tat org.apache.maven.plugin.surefire.booterclient.ForkStarter.fork(ForkStarter.java:628)
                """;
        assertEquals("The forked VM terminated without properly saying goodbye. VM crash or System.exit called?;"
                + " Process Exit Code: 3", SurefireProblem.condense(surefire));
    }

    @Test
    void anOutOfMemoryErrorSaysSo() {
        String surefire = "\n\nSee /tmp/oom/target/surefire-reports for the individual test results.\n"
                + "There was an error in the forked process\nJava heap space\n"
                + "org.apache.maven.surefire.booter.SurefireBooterForkException: There was an error in the forked"
                + " process\nJava heap space\n\tat org.apache.maven.plugin.surefire.booterclient.ForkStarter.fork(X)";
        assertEquals("There was an error in the forked process; Java heap space", SurefireProblem.condense(surefire));
    }

    @Test
    void aPlainMessageIsKept() {
        assertEquals("No tests matching pattern \"Nope\" were executed!",
                SurefireProblem.condense("No tests matching pattern \"Nope\" were executed!"));
        assertNull(SurefireProblem.condense(null));
    }
}
