# case: stores the running maximum hive weight on self (attribute write of a tensor in construct) to detect a swarm weight drop -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SwarmWeightDrop(nn.Cell):
    """A sudden loss of 1-3 kg at midday usually means a swarm has left."""

    def __init__(self, drop_kg=1.0):
        super().__init__()
        self.drop_kg = drop_kg
        self.peak = None

    def construct(self, weights):
        cur_peak = weights.max()
        if self.peak is None:
            self.peak = cur_peak
        else:
            self.peak = ops.maximum(self.peak, cur_peak)
        drop = self.peak - weights[-1]
        return drop > self.drop_kg, drop


def make():
    np.random.seed(28)
    w = (41.0 + np.random.randn(16) * 0.1).astype(np.float32)
    w[12:] -= 1.8
    return SwarmWeightDrop(), (Tensor(w),)
