# case: sparse temporal attention aggregates neighbour-frame features through a COOTensor adjacency (frame i attends to i-1, i, i+1) built in construct -> sparse tensor in construct, expected error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseTemporalConfig:
    def __init__(self, num_frames=6, dim=16, window=1):
        self.num_frames = num_frames
        self.dim = dim
        self.window = window


def band_indices(n, window):
    rows, cols = [], []
    for i in range(n):
        for j in range(max(0, i - window), min(n, i + window + 1)):
            rows.append(i)
            cols.append(j)
    return np.stack([np.array(rows), np.array(cols)], axis=1).astype(np.int32)


class SparseTemporalMixer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n = config.num_frames
        idx = band_indices(config.num_frames, config.window)
        self.indices = Tensor(idx)
        self.nnz = idx.shape[0]
        self.proj = nn.Dense(config.dim, config.dim)
        self.spmm = ops.SparseTensorDenseMatmul()

    def construct(self, frame_tokens):
        weights = ops.ones((self.nnz,), ms.float32) / 3.0
        adj = ms.COOTensor(self.indices, weights, (self.n, self.n))
        mixed = self.spmm(adj.indices, adj.values, adj.shape, frame_tokens)
        return self.proj(mixed)


def make():
    np.random.seed(37424)
    x = Tensor(np.random.randn(6, 16).astype(np.float32))
    return SparseTemporalMixer(SparseTemporalConfig()), (x,)
