# case: token pruning stores the kept token features as a COOTensor built from nonzero indices of the keep mask and densifies it -> sparse tensor plus dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseTokenKeeper(nn.Cell):
    def __init__(self, dim=6, threshold=0.0):
        super().__init__()
        self.score = nn.Dense(dim, 1)
        self.threshold = threshold

    def construct(self, tokens):
        n, c = tokens.shape
        mask = (self.score(tokens) > self.threshold).broadcast_to((n, c))
        indices = ops.nonzero(mask).astype(ms.int32)
        values = ops.masked_select(tokens, mask)
        sparse = COOTensor(indices, values, (n, c))
        dense = sparse.to_dense()
        return dense.sum(axis=0)


def make():
    np.random.seed(24)
    tokens = Tensor(np.random.randn(8, 6).astype(np.float32))
    return SparseTokenKeeper(), (tokens,)
