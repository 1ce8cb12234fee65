package io.tensorjudge.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class Nd4jRuntimeTest {

    @Test
    void shouldConfigureFloat64AndReportTheBackend() {
        Nd4jRuntime.BackendInfo info = Nd4jRuntime.warmUp();
        assertEquals(DataType.DOUBLE, Nd4j.dataType());
        assertEquals(DataType.DOUBLE, Nd4j.create(2, 2).dataType());
        assertFalse(info.backend().isBlank());
        assertFalse(info.blas().isBlank());
        assertNotNull(System.getProperty(Nd4jRuntime.CACHE_DIR_PROPERTY));
    }
}
