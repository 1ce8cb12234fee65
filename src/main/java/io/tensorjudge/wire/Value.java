package io.tensorjudge.wire;

/**
 * What may cross the sandbox boundary in either direction: arrays, scalars, None and containers of them.
 * Deliberately free of ND4J types so the sandbox package stays independent of the reference backend.
 */
public sealed interface Value
        permits NdArray, FloatValue, IntValue, BoolValue, NoneValue, ListValue, TupleValue, DictValue {
}
