# case: MMSE/ZF MIMO equalizer where an optional noise variance argument is tested with `is None` -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinearEqualizer(nn.Cell):
    def __init__(self, n_tx=2, reg=1e-3):
        super().__init__()
        self.eye = Tensor(np.eye(n_tx, dtype=np.float32))
        self.reg = reg

    def construct(self, h, y, noise_var=None):
        g = ops.matmul(h.T, h)
        if noise_var is None:
            g = g + self.reg * self.eye
        else:
            g = g + noise_var * self.eye
        w = ops.matmul(ops.inverse(g), h.T)
        x_hat = ops.matmul(w, y)
        return x_hat, ops.sign(x_hat)


def make():
    np.random.seed(23)
    h = Tensor(np.random.randn(4, 2).astype(np.float32))
    y = Tensor(np.random.randn(4, 6).astype(np.float32))
    return LinearEqualizer(), (h, y, None)
