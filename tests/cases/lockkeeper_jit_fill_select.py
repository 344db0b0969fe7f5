# case: @ms.jit function clamps the valve command to zero whenever the gate is not sealed using ops.select -> elementwise select, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def seal_ok(gate_gap_mm, limit_mm=3.0):
    return gate_gap_mm < limit_mm


@ms.jit
def valve_command(level_gap, gate_gap_mm):
    raw = ops.tanh(level_gap * 0.8)
    return ops.select(seal_ok(gate_gap_mm), raw, ops.zeros_like(raw))


def make():
    np.random.seed(253)
    gap = np.random.uniform(-3, 3, size=(12,)).astype(np.float32)
    seal = np.random.uniform(0, 6, size=(12,)).astype(np.float32)
    return valve_command, (Tensor(gap), Tensor(seal))
