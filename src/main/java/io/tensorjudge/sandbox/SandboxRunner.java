package io.tensorjudge.sandbox;

import io.tensorjudge.common.Language;
/** Runs untrusted submissions. Implementations never run candidate code inside the server JVM. */
public interface SandboxRunner {

    /** Runs every case of a job; never throws for anything the candidate did. */
    SandboxResult run(SandboxJob job);

    /** The configured default limits for a language; exercises may only tighten them. */
    SandboxLimits defaultLimits(Language language);

    /** Why jobs in this language cannot run here (sandbox missing, disabled...), or empty when they can. */
    java.util.Optional<String> unavailableReason(Language language);

    /** Checks that the sandbox works on this host (bwrap, Python with NumPy, Java with ND4J). */
    SelfTestReport selfTest();
}
