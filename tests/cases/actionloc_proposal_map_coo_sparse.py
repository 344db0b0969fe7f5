# case: builds a sparse (start, end) proposal confidence map as a COOTensor and densifies it in construct -> sparse tensor in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseProposalMap(nn.Cell):
    def __init__(self, temporal_len=16):
        super().__init__()
        self.temporal_len = temporal_len

    def construct(self, indices, scores):
        bm_map = COOTensor(indices, scores, (self.temporal_len, self.temporal_len))
        dense = bm_map.to_dense()
        best_per_start = dense.max(axis=1)
        return best_per_start


def make():
    np.random.seed(18)
    starts = np.random.randint(0, 12, size=10)
    ends = starts + np.random.randint(1, 4, size=10)
    indices = Tensor(np.stack([starts, ends], axis=1).astype(np.int32))
    scores = Tensor(np.random.rand(10).astype(np.float32))
    return SparseProposalMap(), (indices, scores)
