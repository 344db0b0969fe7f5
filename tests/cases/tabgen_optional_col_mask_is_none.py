# case: pools column header embeddings with an optional column mask, using an is None test to fall back to uniform weights -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ColumnHeaderPool(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.attn = nn.Dense(hidden, 1)

    def construct(self, col_emb, col_mask=None):
        # col_emb: (cols, hidden)
        logits = self.attn(col_emb).squeeze(-1)
        if col_mask is None:
            weights = ops.softmax(logits, axis=0)
        else:
            logits = logits + (col_mask - 1.0) * 1e4
            weights = ops.softmax(logits, axis=0)
        return (col_emb * weights.reshape(-1, 1)).sum(axis=0)


def make():
    np.random.seed(33)
    emb = Tensor(np.random.randn(5, 8).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 0, 0], dtype=np.float32))
    return ColumnHeaderPool(), (emb, mask)
