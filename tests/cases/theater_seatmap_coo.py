# case: venue seat map stored as a sparse COO tensor of sold seats, multiplied by per-row price tiers -> sparse tensor in construct, expect Graph-mode trouble on CPU
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseSeatRevenue(nn.Cell):
    def __init__(self, n_rows=6, n_cols=10):
        super().__init__()
        self.shape = (n_rows, n_cols)

    def construct(self, sold_idx, sold_vals, row_price):
        seat_map = ms.COOTensor(sold_idx, sold_vals, self.shape)
        dense = seat_map.to_dense()
        return (dense * row_price.expand_dims(-1)).sum()


def make():
    np.random.seed(81)
    idx = np.array([[0, 1], [0, 4], [2, 2], [3, 9], [5, 0]], dtype=np.int32)
    vals = np.ones(5, dtype=np.float32)
    price = (np.arange(6, 0, -1) * 15).astype(np.float32)
    return SparseSeatRevenue(), (Tensor(idx), Tensor(vals), Tensor(price))
