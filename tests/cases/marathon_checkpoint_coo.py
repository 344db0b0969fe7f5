# case: build a sparse runner-by-checkpoint COO matrix of mat read times and multiply by a checkpoint weighting vector -> COOTensor in construct, expect Graph mode trouble on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseCheckpointScore(nn.Cell):
    def __init__(self, n_runners=20, n_checkpoints=8):
        super().__init__()
        self.shape = (n_runners, n_checkpoints)

    def construct(self, indices, values, cp_weights):
        reads = ms.COOTensor(indices, values, self.shape)
        dense = reads.to_dense()
        score = ops.matmul(dense, cp_weights.reshape(-1, 1))
        return score.reshape(-1)


def make():
    np.random.seed(81)
    n_r, n_c, nnz = 20, 8, 70
    flat = np.random.choice(n_r * n_c, nnz, replace=False)
    flat.sort()
    idx = np.stack([flat // n_c, flat % n_c], 1).astype(np.int32)
    vals = np.random.uniform(600, 15000, nnz).astype(np.float32)
    w = np.linspace(0.5, 1.5, n_c).astype(np.float32)
    return SparseCheckpointScore(), (Tensor(idx), Tensor(vals), Tensor(w))
