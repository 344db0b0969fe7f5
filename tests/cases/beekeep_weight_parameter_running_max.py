# case: keeps the running maximum hive weight in a non-trainable Parameter updated with ops.assign to detect a swarm drop -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SwarmWeightDrop(nn.Cell):
    """Stateful swarm detector; state lives in a Parameter so the graph stays static."""

    def __init__(self, drop_kg=1.0):
        super().__init__()
        self.drop_kg = drop_kg
        self.peak = Parameter(Tensor(0.0, ms.float32), name="peak", requires_grad=False)

    def construct(self, weights):
        new_peak = ops.maximum(self.peak, weights.max())
        ops.assign(self.peak, new_peak)
        drop = new_peak - weights[-1]
        return drop > self.drop_kg, drop


def make():
    np.random.seed(29)
    w = (41.0 + np.random.randn(16) * 0.1).astype(np.float32)
    w[12:] -= 1.8
    return SwarmWeightDrop(), (Tensor(w),)
