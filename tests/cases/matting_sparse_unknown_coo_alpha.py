# case: stores alpha of unknown pixels as a COOTensor built from nonzero coordinates and densifies it back -> sparse tensor with data-dependent nnz, dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseUnknownAlpha(nn.Cell):
    def __init__(self, low=0.2, high=0.8):
        super().__init__()
        self.low = low
        self.high = high

    def construct(self, alpha):
        # alpha: (H, W)
        mask = ops.logical_and(alpha > self.low, alpha < self.high)
        indices = ops.nonzero(mask)
        values = ops.gather_nd(alpha, indices)
        sparse = COOTensor(indices, values, alpha.shape)
        dense = sparse.to_dense()
        definite = ops.select(alpha >= self.high, ops.ones_like(alpha), ops.zeros_like(alpha))
        return dense + definite


def make():
    np.random.seed(12)
    alpha = Tensor(np.random.rand(8, 8).astype(np.float32))
    return SparseUnknownAlpha(), (alpha,)
