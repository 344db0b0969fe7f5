# case: noise layer wraps the Gaussian sampler in try/except with a zero-noise fallback -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SafeNoiseLayer(nn.Cell):
    def __init__(self, sigma=0.5, seed=9):
        super().__init__()
        self.sigma = sigma
        self.normal = ops.StandardNormal(seed=seed)

    def _sample(self, shape):
        return self.normal(shape) * self.sigma

    def construct(self, grad):
        try:
            noise = self._sample(grad.shape)
        except RuntimeError:
            noise = ops.zeros_like(grad)
        return grad + noise


class PrivateUpdate(nn.Cell):
    def __init__(self, lr=0.1):
        super().__init__()
        self.noise = SafeNoiseLayer()
        self.lr = lr

    def construct(self, w, g):
        return w - self.lr * self.noise(g)


def make():
    np.random.seed(24)
    w = Tensor(np.random.randn(4, 2).astype(np.float32))
    g = Tensor(np.random.randn(4, 2).astype(np.float32))
    return PrivateUpdate(), (w, g)
