# case: diffusion step over a road network stored as a COOTensor adjacency, multiplied with node flows inside construct -> sparse tensor in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseDiffusion(nn.Cell):
    def __init__(self, hidden=4, alpha=0.3):
        super().__init__()
        self.alpha = alpha
        self.lin = nn.Dense(hidden, hidden)

    def construct(self, indices, values, flow):
        n = flow.shape[0]
        adj = COOTensor(indices, values, (n, n))
        spread = ops.matmul(adj.to_dense(), flow)
        return self.lin((1 - self.alpha) * flow + self.alpha * spread)


def make():
    np.random.seed(24)
    n = 6
    rows = np.array([0, 1, 1, 2, 3, 4, 5, 5], np.int32)
    cols = np.array([1, 0, 2, 3, 4, 5, 0, 4], np.int32)
    indices = Tensor(np.stack([rows, cols], axis=1))
    values = Tensor(np.full(8, 0.5, np.float32))
    flow = Tensor(np.random.rand(n, 4).astype(np.float32))
    return SparseDiffusion(), (indices, values, flow)
