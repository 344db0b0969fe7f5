# case: incremental KV cache that tracks the write position as a Python int attribute updated in construct -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class KVCache(nn.Cell):
    def __init__(self, batch=2, max_len=8, hidden=8):
        super().__init__()
        self.k_cache = Parameter(Tensor(np.zeros((batch, max_len, hidden), np.float32)), name="k_cache",
                                 requires_grad=False)
        self.max_len = max_len
        self.seen_tokens = 0

    def construct(self, k_new):
        step = k_new.shape[1]
        pos = ops.arange(self.max_len).reshape(1, -1, 1)
        upd = ops.zeros_like(self.k_cache)
        upd[:, self.seen_tokens:self.seen_tokens + step] = k_new
        write = ops.logical_and(pos >= self.seen_tokens, pos < self.seen_tokens + step)
        ops.assign(self.k_cache, ops.where(write, upd, self.k_cache))
        self.seen_tokens = self.seen_tokens + step
        return self.k_cache


def make():
    np.random.seed(13)
    k = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return KVCache(), (k,)
