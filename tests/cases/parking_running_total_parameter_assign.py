# case: running vehicle count kept in a Parameter updated with ops.assign -> static, side effect via Parameter
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EntranceCounterParam(nn.Cell):
    def __init__(self, lanes=3):
        super().__init__()
        self.total_entries = Parameter(Tensor(np.zeros(lanes, np.float32)), name="total_entries",
                                       requires_grad=False)

    def rising_edges(self, pulses):
        return ops.relu(pulses[:, 1:] - pulses[:, :-1])

    def construct(self, pulses):
        per_lane = self.rising_edges(pulses).sum(axis=1)
        ops.assign_add(self.total_entries, per_lane)
        return self.total_entries + 0.0


def make():
    np.random.seed(11)
    pulses = Tensor(np.random.randint(0, 2, (3, 20)).astype(np.float32))
    return EntranceCounterParam(), (pulses,)
