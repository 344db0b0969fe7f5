# case: LogSparse attention that picks keys at exponential offsets with a boolean mask built in __init__ and indexes keys with it -> boolean-mask indexing, Graph mode cannot give a static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def log_sparse_positions(length):
    pos = np.zeros(length, dtype=np.bool_)
    step = 1
    while step <= length:
        pos[length - step] = True
        step *= 2
    return pos


class LogSparseAttention(nn.Cell):
    def __init__(self, seq_len=32, d_model=16, n_heads=2):
        super().__init__()
        self.key_mask = Tensor(log_sparse_positions(seq_len))
        self.n_heads = n_heads
        self.q_proj = nn.Dense(d_model, d_model)
        self.kv_proj = nn.Dense(d_model, 2 * d_model)
        self.scale = (d_model // n_heads) ** -0.5

    def _select_keys(self, kv):
        # keep only the log-spaced history positions
        return kv[:, self.key_mask]

    def construct(self, x):
        q = self.q_proj(x[:, -1:, :])
        kv = self._select_keys(self.kv_proj(x))
        k, v = ops.split(kv, kv.shape[-1] // 2, axis=-1)
        attn = ops.softmax(ops.matmul(q, k.swapaxes(1, 2)) * self.scale, axis=-1)
        return ops.matmul(attn, v)


def make():
    np.random.seed(3420)
    x = Tensor(np.random.randn(3, 32, 16).astype(np.float32))
    return LogSparseAttention(), (x,)
