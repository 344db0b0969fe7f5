# case: attention block that logs pad statistics with an f-string of tensor values and .item() when verbose (default on) -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedSelfAttention(nn.Cell):
    def __init__(self, hidden=8, num_heads=2, pad_id=0, verbose=True):
        super().__init__()
        self.qkv = nn.Dense(hidden, 3 * hidden)
        self.out = nn.Dense(hidden, hidden)
        self.num_heads = num_heads
        self.head_dim = hidden // num_heads
        self.pad_id = pad_id
        self.verbose = verbose

    def _split(self, x):
        b, s, _ = x.shape
        return x.reshape(b, s, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, x, input_ids):
        pad_mask = input_ids == self.pad_id
        if self.verbose:
            print(f"pad fraction = {pad_mask.astype(ms.float32).mean().item():.3f}")
        q, k, v = ops.split(self.qkv(x), x.shape[-1], -1)
        q, k, v = self._split(q), self._split(k), self._split(v)
        scores = ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5)
        scores = ops.masked_fill(scores, pad_mask.expand_dims(1).expand_dims(1), -1e9)
        ctx = ops.matmul(ops.softmax(scores, -1), v).transpose(0, 2, 1, 3)
        return self.out(ctx.reshape(x.shape))


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    ids = Tensor(np.array([[4, 5, 6, 0, 0], [7, 8, 9, 10, 0]], np.int32))
    return MaskedSelfAttention(), (x, ids)
