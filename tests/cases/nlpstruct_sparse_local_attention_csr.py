# case: sliding-window sparse attention where the window pattern is stored as a CSRTensor built from kept (row, col) pairs -> dynamic shape / compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class LocalWindowAttention(nn.Cell):
    def __init__(self, hidden=8, window=1):
        super().__init__()
        self.q = nn.Dense(hidden, hidden)
        self.k = nn.Dense(hidden, hidden)
        self.window = window

    def construct(self, x, input_ids):
        seq_len = x.shape[0]
        scores = ops.matmul(self.q(x), self.k(x).T) / (x.shape[1] ** 0.5)
        pos = ops.arange(seq_len, dtype=ms.int32)
        band = ops.abs(pos.expand_dims(1) - pos.expand_dims(0)) <= self.window
        valid = ops.logical_and(band, (input_ids != 0).expand_dims(0))
        coords = ops.nonzero(valid).astype(ms.int32)
        rows, cols = coords[:, 0], coords[:, 1]
        indptr = ops.concat([ops.zeros((1,), ms.int32),
                             ops.cumsum(valid.astype(ms.int32).sum(1), 0).astype(ms.int32)])
        vals = ops.exp(ops.gather_nd(scores, coords))
        attn = CSRTensor(indptr, cols, vals, (seq_len, seq_len))
        denom = attn.to_dense().sum(1, keepdims=True)
        return ops.matmul(attn.to_dense() / denom, x), rows.shape[0]


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    ids = Tensor(np.array([3, 4, 5, 6, 0, 0], np.int32))
    return LocalWindowAttention(), (x, ids)
