# case: physics GNN stores a fixed mesh as CSR (indptr/indices/values inputs) and propagates features with csr.mv per channel; expect static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor

INDPTR = np.array([0, 2, 4, 6, 8], np.int32)
INDICES = np.array([1, 3, 0, 2, 1, 3, 0, 2], np.int32)


class Net(nn.Cell):
    def __init__(self, n_nodes=4, steps=2, dt=0.1):
        super().__init__()
        self.shape = (n_nodes, n_nodes)
        self.steps = steps
        self.dt = dt

    def construct(self, indptr, indices, weights, u):
        lap = CSRTensor(indptr, indices, weights, self.shape)
        for _ in range(self.steps):
            flux = lap.mv(u)
            u = u + self.dt * (flux - u)
        return u


def make():
    w = Tensor(np.full(8, 0.5, np.float32))
    u = Tensor(np.random.rand(4, 1).astype(np.float32))
    return Net(), (Tensor(INDPTR), Tensor(INDICES), w, u)
