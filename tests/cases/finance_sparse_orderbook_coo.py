# case: sparse limit-order book assembled as a COOTensor and densified to compute depth imbalance -> compile error at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class SparseBookImbalance(nn.Cell):
    """Order-book imbalance from (side, price-level) -> size entries of a sparse book."""

    def __init__(self, n_levels=8, eps=1e-6):
        super().__init__()
        self.n_levels = n_levels
        self.eps = eps

    def densify(self, indices, sizes):
        book = COOTensor(indices, sizes, (2, self.n_levels))
        return book.to_dense()

    def construct(self, indices, sizes):
        dense = self.densify(indices, sizes)
        bid, ask = dense[0], dense[1]
        decay = ops.exp(-0.5 * ops.arange(self.n_levels).astype(ms.float32))
        wb = (bid * decay).sum()
        wa = (ask * decay).sum()
        return (wb - wa) / (wb + wa + self.eps)


def make():
    idx = np.array([[0, 0], [0, 1], [0, 3], [1, 0], [1, 2], [1, 5]], np.int32)
    sizes = np.array([120.0, 80.0, 40.0, 90.0, 60.0, 10.0], np.float32)
    return SparseBookImbalance(), (Tensor(idx), Tensor(sizes))
