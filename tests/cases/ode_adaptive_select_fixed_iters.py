# case: adaptive Heun solver with a fixed iteration budget, accepting or rejecting each step via ops.select and rescaling h from the error -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveHeun(nn.Cell):
    def __init__(self, dim=4, max_iters=12, rtol=1e-2, atol=1e-3):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.max_iters = max_iters
        self.rtol = rtol
        self.atol = atol

    def f(self, y):
        return ops.tanh(self.fc(y)) - 0.2 * y

    def error_ratio(self, y, y_new, err):
        scale = self.atol + self.rtol * ops.maximum(ops.abs(y), ops.abs(y_new))
        return ops.sqrt(ops.reduce_mean((err / scale) ** 2))

    def construct(self, y, t_end):
        t = ops.zeros((), ms.float32)
        h = ops.ones((), ms.float32) * 0.1
        for _ in range(self.max_iters):
            h = ops.minimum(h, ops.maximum(t_end - t, 1e-6))
            k1 = self.f(y)
            k2 = self.f(y + h * k1)
            y_new = y + 0.5 * h * (k1 + k2)
            ratio = self.error_ratio(y, y_new, 0.5 * h * (k2 - k1))
            accept = ratio <= 1.0
            y = ops.select(accept, y_new, y)
            t = ops.select(accept, t + h, t)
            h = h * ops.clamp(0.9 * ops.pow(ratio + 1e-10, -0.5), 0.2, 5.0)
        return y, t


def make():
    np.random.seed(31)
    y = Tensor(np.random.randn(2, 4).astype(np.float32))
    return AdaptiveHeun(), (y, Tensor(1.0, ms.float32))
