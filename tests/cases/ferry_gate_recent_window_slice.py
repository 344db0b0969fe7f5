# case: gate sensor counter keeps only the last n readings where n comes from a tensor of active gates -> slice with tensor bound gives dynamic shape / error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateWindowCounter(nn.Cell):
    """Estimates boarding passengers from the most recent gate pulses."""

    def __init__(self, pulses_per_person=2.0):
        super().__init__()
        self.pulses_per_person = pulses_per_person
        self.reduce_sum = ops.ReduceSum()

    def construct(self, pulses, active_gates):
        n = active_gates.sum()
        recent = pulses[:n]
        total = self.reduce_sum(recent)
        return total / self.pulses_per_person


def make():
    np.random.seed(0)
    pulses = Tensor(np.random.randint(0, 6, size=(12,)).astype(np.float32))
    active = Tensor(np.array([1, 1, 0, 1, 1, 1], dtype=np.int32))
    return GateWindowCounter(), (pulses, active)
