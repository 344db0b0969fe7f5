# case: step controller pulls the error estimate to the host with asnumpy() to decide accept/reject -> Graph mode error (asnumpy in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Dynamics(nn.Cell):
    def __init__(self, dim=6):
        super().__init__()
        self.fc = nn.Dense(dim, dim)

    def construct(self, y):
        return ops.sin(self.fc(y))


class RetryStep(nn.Cell):
    def __init__(self, atol=1e-3, max_retries=4):
        super().__init__()
        self.f = Dynamics()
        self.atol = atol
        self.max_retries = max_retries

    def construct(self, y, h):
        for _ in range(self.max_retries):
            k1 = self.f(y)
            k2 = self.f(y + h * k1)
            err = ops.reduce_mean(ops.abs(h * (k2 - k1) * 0.5))
            if err.asnumpy() < self.atol:
                return y + 0.5 * h * (k1 + k2), h
            h = h * 0.5
        return y + h * self.f(y), h


def make():
    np.random.seed(4)
    y = Tensor(np.random.randn(2, 6).astype(np.float32))
    return RetryStep(), (y, Tensor(0.2, ms.float32))
