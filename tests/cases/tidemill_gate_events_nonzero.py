# case: list the time steps where the sluice gate switches state using ops.nonzero, then gather heights there -> event count comes from data, Graph mode should go dynamic or reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateEventLog(nn.Cell):
    """Find gate open/close transitions in a 15-minute gate status record."""

    def __init__(self):
        super().__init__()

    def transitions(self, gate_state):
        prev = ops.concat((gate_state[:1], gate_state[:-1]))
        return ops.not_equal(gate_state, prev)

    def construct(self, gate_state, basin_level):
        changed = self.transitions(gate_state)
        idx = ops.nonzero(changed).reshape(-1)
        levels_at_switch = ops.gather(basin_level, idx, 0)
        return idx, levels_at_switch


def make():
    np.random.seed(3277)
    n = 96
    t = np.arange(n)
    gate = ((t // 12) % 2).astype(np.int32)
    basin = (1.5 + 0.4 * np.sin(t / 8.0) + np.random.randn(n) * 0.01).astype(np.float32)
    return GateEventLog(), (Tensor(gate), Tensor(basin))
