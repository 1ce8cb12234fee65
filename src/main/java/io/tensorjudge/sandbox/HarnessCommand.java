package io.tensorjudge.sandbox;

import io.tensorjudge.common.Language;
import io.tensorjudge.config.SandboxConfig;
import io.tensorjudge.sandbox.jail.Jail;
import java.io.IOException;
import java.util.List;

/** What a worker's jail runs: the interpreter and harness of a language, as paths inside the jail. */
final class HarnessCommand {
    private HarnessCommand() {
    }

    static List<String> of(Language language, SandboxConfig config, SandboxFiles files) throws IOException {
        if (language == Language.PYTHON) {
            return List.of(config.python().path(), "-I", "-S", "-B", Jail.MOUNT + "/harness.py");
        } else {
            SandboxConfig.Java j = config.java();
            return List.of(j.path(),
                    "-Xmx" + j.heapMb() + "m", "-Xss1m",
                    "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ActiveProcessorCount=1",
                    "-XX:CompressedClassSpaceSize=64m", "-XX:MaxMetaspaceSize=192m",
                    "-XX:ReservedCodeCacheSize=48m", "-XX:-UsePerfData", "-Xshare:auto",
                    // fd 1 is the result channel: VM warnings must not land there
                    "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:+DisplayVMOutputToStderr",
                    "-Djava.io.tmpdir=/tmp", "-Dslf4j.internal.verbosity=ERROR",
                    "-Djava.library.path=" + Jail.MOUNT + "/natives",
                    "-Dorg.bytedeco.javacpp.cachedir=/tmp/javacpp",
                    "-Dorg.bytedeco.javacpp.maxbytes=" + j.offHeapMb() + "m",
                    "-Dorg.bytedeco.javacpp.maxphysicalbytes=" + (j.heapMb() + j.offHeapMb() + 256) + "m",
                    "-cp", files.sandboxClasspath(Jail.MOUNT + "/lib", Jail.MOUNT + "/harness.jar"),
                    "JavaHarness");
        }
    }
}
