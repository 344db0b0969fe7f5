# case: Transformer-XL rel_shift on the (B, H, T, 2T-1) positional scores: zero column concat, reshape and slice using only the score shape, with an optional zero_triu flag -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RelShift(nn.Cell):
    def __init__(self, zero_triu=False):
        super().__init__()
        self.zero_triu = zero_triu

    def construct(self, x):
        b, h, t1, t2 = x.shape
        zero_pad = ops.zeros((b, h, t1, 1), x.dtype)
        x_padded = ops.concat([zero_pad, x], axis=-1).view(b, h, t2 + 1, t1)
        x = x_padded[:, :, 1:].view(b, h, t1, t2)[:, :, :, : t2 // 2 + 1]
        if self.zero_triu:
            ones = ops.ones((t1, x.shape[-1]), x.dtype)
            x = x * ops.tril(ones, t2 - t1)
        return x


class RelPosScore(nn.Cell):
    def __init__(self, d_k, n_head, zero_triu=False):
        super().__init__()
        self.scale = d_k ** -0.5
        self.n_head = n_head
        self.shift = RelShift(zero_triu)

    def construct(self, q, p, k):
        matrix_ac = ops.matmul(q, k.swapaxes(-1, -2))        # (B, H, T, T)
        matrix_bd = self.shift(ops.matmul(q, p.swapaxes(-1, -2)))
        return (matrix_ac + matrix_bd) * self.scale


def make():
    np.random.seed(14)
    b, h, t, d = 2, 4, 10, 8
    q = Tensor(np.random.randn(b, h, t, d).astype(np.float32))
    k = Tensor(np.random.randn(b, h, t, d).astype(np.float32))
    p = Tensor(np.random.randn(1, h, 2 * t - 1, d).astype(np.float32))
    return RelPosScore(d, h, zero_triu=True), (q, p, k)
