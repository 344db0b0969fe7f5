# case: average clay moisture over valid sensor slots using a fixed-size validity mask multiplied in -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoistureEstimator(nn.Cell):
    def __init__(self, n_probes=8, hidden=16):
        super().__init__()
        self.dense1 = nn.Dense(n_probes, hidden)
        self.dense2 = nn.Dense(hidden, 1)
        self.relu = nn.ReLU()

    def masked_mean(self, readings, valid):
        w = valid.astype(ms.float32)
        return (readings * w).sum(axis=1, keepdims=True) / ops.maximum(w.sum(axis=1, keepdims=True), 1.0)

    def construct(self, readings, valid):
        clean = readings * valid.astype(ms.float32)
        base = self.masked_mean(readings, valid)
        delta = self.dense2(self.relu(self.dense1(clean)))
        return base + delta


def make():
    np.random.seed(5)
    readings = np.random.uniform(12.0, 28.0, size=(6, 8)).astype(np.float32)
    valid = np.random.rand(6, 8) > 0.2
    return MoistureEstimator(), (Tensor(readings), Tensor(valid))
