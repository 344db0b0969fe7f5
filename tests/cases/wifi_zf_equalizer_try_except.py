# case: zero-forcing MIMO equalizer wrapping matrix_inverse in try/except with a regularized fallback -> error (try/except in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZFEqualizer(nn.Cell):
    def __init__(self, n_tx=2, reg=1e-3):
        super().__init__()
        self.eye = Tensor(np.eye(n_tx, dtype=np.float32))
        self.reg = reg

    def gram(self, h):
        return ops.matmul(h.T, h)

    def construct(self, h, y):
        g = self.gram(h)
        try:
            g_inv = ops.inverse(g)
        except RuntimeError:
            g_inv = ops.inverse(g + self.reg * self.eye)
        w = ops.matmul(g_inv, h.T)
        return ops.matmul(w, y)


def make():
    np.random.seed(22)
    h = Tensor(np.random.randn(4, 2).astype(np.float32))
    y = Tensor(np.random.randn(4, 6).astype(np.float32))
    return ZFEqualizer(), (h, y)
