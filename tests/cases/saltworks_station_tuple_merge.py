# case: merge evaporation readings passed as a tuple of per-station tensors, looping over len(tuple) with station weights from config -> Python len and range over a tuple input, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StationMerger(nn.Cell):
    def __init__(self, weights=(0.5, 0.3, 0.2)):
        super().__init__()
        self.weights = weights

    def construct(self, readings):
        total = ops.zeros_like(readings[0])
        n = len(readings)
        for i in range(n):
            total = total + self.weights[i] * readings[i]
        daily_max = ops.stack(readings).max(axis=0)
        return total, daily_max


def make():
    np.random.seed(61)
    readings = tuple(Tensor(np.random.uniform(3.0, 11.0, size=(14,)).astype(np.float32)) for _ in range(3))
    return StationMerger(), (readings,)
