# case: a sparse attention-score step that applies leaky_relu to a CSRTensor's values, rebuilds the CSRTensor with the same indptr/indices and row-sums it; nnz unchanged so expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class SparseScoreNorm(nn.Cell):
    def __init__(self, negative_slope=0.2):
        super().__init__()
        self.act = nn.LeakyReLU(negative_slope)

    def construct(self, indptr, indices, scores, feats):
        n = feats.shape[0]
        raw = CSRTensor(indptr, indices, scores, (n, n))
        activated = CSRTensor(raw.indptr, raw.indices, ops.exp(self.act(raw.values)), raw.shape)
        row_sum = activated.sum(1)
        agg = activated.mm(feats)
        return agg / row_sum


def make():
    indptr = Tensor(np.array([0, 1, 3, 4], np.int32))
    indices = Tensor(np.array([1, 0, 2, 1], np.int32))
    scores = Tensor(np.random.randn(4).astype(np.float32))
    feats = Tensor(np.random.randn(3, 5).astype(np.float32))
    return SparseScoreNorm(), (indptr, indices, scores, feats)
