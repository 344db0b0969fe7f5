# case: aggregate per-mews sensor readings with a sparse CSR bird-to-mews assignment matrix and sparse matmul -> CSRTensor op in construct, sparse path in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MewsAggregator(nn.Cell):
    def __init__(self, n_mews=4, n_birds=5):
        super().__init__()
        self.shape = (n_mews, n_birds)

    def construct(self, indptr, indices, values, bird_feats):
        assign = ms.CSRTensor(indptr, indices, values, self.shape)
        per_mews = assign.mm(bird_feats)
        return per_mews


def make():
    np.random.seed(3180)
    indptr = Tensor(np.array([0, 2, 3, 4, 5], dtype=np.int32))
    indices = Tensor(np.array([0, 1, 2, 3, 4], dtype=np.int32))
    values = Tensor(np.ones(5, dtype=np.float32))
    feats = Tensor(np.random.rand(5, 3).astype(np.float32))
    return MewsAggregator(), (indptr, indices, values, feats)
