# case: pools numeric cells into a column summary by masked_fill of non-numeric rows with a large negative before max -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NumericColumnMaxPool(nn.Cell):
    def __init__(self, hidden=8, out_dim=4, neg_fill=-1e4):
        super().__init__()
        self.proj = nn.Dense(hidden, out_dim)
        self.act = nn.ReLU()
        self.neg_fill = neg_fill

    def construct(self, cell_emb, is_numeric):
        h = self.act(self.proj(cell_emb))
        not_numeric = ops.logical_not(is_numeric).reshape(-1, 1)
        not_numeric = ops.broadcast_to(not_numeric, h.shape)
        h = ops.masked_fill(h, not_numeric, self.neg_fill)
        return h.max(axis=0)


def make():
    np.random.seed(16)
    emb = Tensor(np.random.randn(10, 8).astype(np.float32))
    mask = Tensor(np.array([1, 0, 1, 1, 0, 0, 1, 0, 1, 1], dtype=np.bool_))
    return NumericColumnMaxPool(), (emb, mask)
