# case: smooth a ring of pressure taps around a cylinder using a sparse COO neighbour matrix built inside construct -> sparse tensors in construct may be refused by Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_neighbours(n):
    rows, cols = [], []
    for i in range(n):
        for j in (i - 1, i, i + 1):
            rows.append(i)
            cols.append(j % n)
    return np.stack([np.array(rows), np.array(cols)], axis=1).astype(np.int32)


class CylinderTapSmoother(nn.Cell):
    def __init__(self, n_taps=36):
        super().__init__()
        self.n_taps = n_taps
        self.indices = Tensor(ring_neighbours(n_taps))
        self.values = Tensor(np.full(3 * n_taps, 1.0 / 3.0, np.float32))

    def construct(self, cp_ring):
        adj = ms.COOTensor(self.indices, self.values, (self.n_taps, self.n_taps))
        kernel = adj.to_dense()
        smoothed = ops.matmul(kernel, cp_ring.reshape(-1, 1))
        return smoothed.reshape(-1)


def make():
    np.random.seed(71)
    theta = np.linspace(0, 2 * np.pi, 36, endpoint=False)
    cp = (1 - 4 * np.sin(theta) ** 2 + 0.05 * np.random.randn(36)).astype(np.float32)
    return CylinderTapSmoother(), (Tensor(cp),)
