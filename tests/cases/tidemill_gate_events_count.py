# case: count gate open/close transitions and flag their time steps with a 0/1 vector instead of indices -> fixed shapes, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateEventFlags(nn.Cell):
    """Flag gate transitions in a 15-minute gate status record."""

    def __init__(self):
        super().__init__()

    def transitions(self, gate_state):
        prev = ops.concat((gate_state[:1], gate_state[:-1]))
        return ops.not_equal(gate_state, prev)

    def construct(self, gate_state, basin_level):
        flags = self.transitions(gate_state).astype(ms.float32)
        n_switches = flags.sum()
        mean_level_at_switch = (basin_level * flags).sum() / ops.maximum(n_switches, 1.0)
        return flags, n_switches, mean_level_at_switch


def make():
    np.random.seed(3278)
    n = 96
    t = np.arange(n)
    gate = ((t // 12) % 2).astype(np.int32)
    basin = (1.5 + 0.4 * np.sin(t / 8.0) + np.random.randn(n) * 0.01).astype(np.float32)
    return GateEventFlags(), (Tensor(gate), Tensor(basin))
