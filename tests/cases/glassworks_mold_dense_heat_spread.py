# case: spread heat between neighbouring mold cavities with a ring adjacency stored as a dense constant matrix -> dense matmul, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_adjacency(n):
    a = np.zeros((n, n), dtype=np.float32)
    for i in range(n):
        a[i, (i - 1) % n] = 1.0
        a[i, (i + 1) % n] = 1.0
    return a


class MoldHeatSpreadDense(nn.Cell):
    def __init__(self, n_cavities=6, coupling=0.15, steps=3):
        super().__init__()
        self.adj = Tensor(ring_adjacency(n_cavities))
        self.coupling = coupling
        self.steps = steps

    def construct(self, cavity_temp):
        t = cavity_temp
        for _ in range(self.steps):
            flow = ops.matmul(self.adj, t.reshape(-1, 1)).reshape(-1)
            t = t + self.coupling * (flow - 2.0 * t)
        return t


def make():
    np.random.seed(82)
    temp = (480.0 + 30.0 * np.random.rand(6)).astype(np.float32)
    return MoldHeatSpreadDense(), (Tensor(temp),)
