# case: runner-by-checkpoint read matrix assembled densely with tensor_scatter_update from (runner, checkpoint) index pairs, then weighted -> dense scatter with fixed shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseCheckpointScore(nn.Cell):
    def __init__(self, n_runners=20, n_checkpoints=8):
        super().__init__()
        self.n_runners = n_runners
        self.n_checkpoints = n_checkpoints

    def construct(self, indices, values, cp_weights):
        grid = ops.zeros((self.n_runners, self.n_checkpoints), ms.float32)
        grid = ops.tensor_scatter_update(grid, indices, values)
        return ops.matmul(grid, cp_weights)


def make():
    np.random.seed(82)
    n_r, n_c, nnz = 20, 8, 70
    flat = np.random.choice(n_r * n_c, nnz, replace=False)
    idx = np.stack([flat // n_c, flat % n_c], 1).astype(np.int32)
    vals = np.random.uniform(600, 15000, nnz).astype(np.float32)
    w = np.linspace(0.5, 1.5, n_c).astype(np.float32)
    return DenseCheckpointScore(), (Tensor(idx), Tensor(vals), Tensor(w))
