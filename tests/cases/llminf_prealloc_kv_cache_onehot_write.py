# case: preallocated KV cache Parameter written at a tensor-valued position with a one-hot mask, attention over full cache with length mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StaticKVCacheAttention(nn.Cell):
    def __init__(self, batch=2, max_len=8, hidden=8):
        super().__init__()
        self.max_len = max_len
        self.k_cache = Parameter(Tensor(np.zeros((batch, max_len, hidden), np.float32)), name="k_cache",
                                 requires_grad=False)
        self.v_cache = Parameter(Tensor(np.zeros((batch, max_len, hidden), np.float32)), name="v_cache",
                                 requires_grad=False)
        self.qkv = nn.Dense(hidden, 3 * hidden)
        self.scale = hidden ** -0.5

    def _write(self, cache, new, cur_pos):
        slot = (ops.arange(self.max_len) == cur_pos).reshape(1, -1, 1)
        return ops.assign(cache, ops.where(slot, new, cache))

    def construct(self, x, cur_pos):
        q, k, v = ops.split(self.qkv(x), x.shape[-1], axis=-1)
        k_all = self._write(self.k_cache, k, cur_pos)
        v_all = self._write(self.v_cache, v, cur_pos)
        valid = (ops.arange(self.max_len) <= cur_pos).reshape(1, 1, -1)
        scores = ops.bmm(q, k_all.swapaxes(1, 2)) * self.scale
        scores = ops.masked_fill(scores, ops.logical_not(valid), -1e9)
        return ops.bmm(ops.softmax(scores, axis=-1), v_all)


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(2, 1, 8).astype(np.float32))
    return StaticKVCacheAttention(), (x, Tensor(3, ms.int32))
