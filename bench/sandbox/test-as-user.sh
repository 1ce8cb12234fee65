#!/usr/bin/env bash
# Runs the plain-JUnit sandbox tests (attack suite included) as an unprivileged uid, the way a non-root service
# user would run the server: no setpriv, bwrap as that user, no cgroup. Such a user can create no cgroup, so grading
# would be refused: the run sets tensorjudge.sandbox.allow-without-cgroup=true (TestSandbox.config reads it) and
# WholeTreeLimitsTest skips. ContainerSeccompProfileTest is left out: it reads docker/ and src/test/resources from the
# checkout, which the unprivileged copy does not have, and what it checks (the container profile) does not depend on
# the uid; the root run covers it. Needs root to switch user.
# Usage (repository root): bench/sandbox/test-as-user.sh [uid]
set -euo pipefail
cd "$(dirname "$0")/../.."
USER_ID="${1:-1500}"
DIR=/tmp/tensorjudge-nonroot
mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
rm -rf "$DIR" && mkdir -p "$DIR/lib" "$DIR/work"
tr ':' '\n' < target/bench-classpath.txt | xargs -I{} cp {} "$DIR/lib/"
cp -r target/classes target/test-classes "$DIR/"
cat > "$DIR/Launcher.java" <<'JAVA'
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
public class Launcher {
    public static void main(String[] a) throws Exception {
        LauncherDiscoveryRequestBuilder b = LauncherDiscoveryRequestBuilder.request();
        for (String c : a) b.selectors(selectClass(Class.forName(c)));
        SummaryGeneratingListener l = new SummaryGeneratingListener();
        LauncherFactory.create().execute(b.build(), l);
        l.getSummary().printTo(new java.io.PrintWriter(System.out));
        l.getSummary().printFailuresTo(new java.io.PrintWriter(System.out), 20);
        System.exit(l.getSummary().getTotalFailureCount() == 0 && l.getSummary().getTestsSucceededCount() > 0 ? 0 : 1);
    }
}
JAVA
chown -R "$USER_ID:$USER_ID" "$DIR"
cd "$DIR/work"
P=io.tensorjudge.sandbox
exec env -i HOME="$DIR" PATH=/usr/bin:/bin /usr/bin/setpriv --reuid="$USER_ID" --regid="$USER_ID" --clear-groups \
    /usr/bin/java -Xmx1g -Dtensorjudge.sandbox.allow-without-cgroup=true \
    -cp "$DIR/classes:$DIR/test-classes:$DIR/lib/*" "$DIR/Launcher.java" \
    io.tensorjudge.wire.NpyTest $P.MissingSandboxTest $P.SandboxIsolationTest $P.PythonSandboxTest $P.JavaSandboxTest $P.SeccompFilterTest \
    $P.ResultLimitTest $P.WholeTreeLimitsTest $P.AttackSuiteTest
