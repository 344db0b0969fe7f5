# case: attention that branches on a tensor-valued use_local flag, but both branches return a same-shaped masked score matrix -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveWindowAttention(nn.Cell):
    def __init__(self, dim=8, window=2):
        super().__init__()
        self.window = window
        self.qkv = nn.Dense(dim, 3 * dim)

    def local_mask(self, s):
        pos = ops.arange(s)
        return ops.abs(pos.reshape(-1, 1) - pos.reshape(1, -1)) <= self.window

    def construct(self, x, use_local):
        s, d = x.shape[1], x.shape[2]
        q, k, v = ops.split(self.qkv(x), d, axis=-1)
        scores = ops.matmul(q, k.swapaxes(1, 2)) * (d ** -0.5)
        if use_local > 0:
            scores = ops.masked_fill(scores, ~self.local_mask(s), -1e9)
        else:
            scores = scores * 1.0
        return ops.matmul(ops.softmax(scores, axis=-1), v)


def make():
    np.random.seed(33)
    x = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    use_local = Tensor(1, ms.int32)
    return AdaptiveWindowAttention(), (x, use_local)
