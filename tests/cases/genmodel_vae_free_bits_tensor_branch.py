# case: VAE free-bits KL clamped per dim with ops.maximum plus a same-shape tensor-conditioned branch -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LatentKL(nn.Cell):
    def __init__(self, free_bits=0.1, reduce="sum", collapse_floor=0.01):
        super().__init__()
        self.free_bits = free_bits
        self.reduce = reduce
        self.collapse_floor = collapse_floor

    def gaussian_kl(self, mu, logvar):
        return 0.5 * (mu ** 2 + ops.exp(logvar) - 1.0 - logvar)

    def construct(self, mu, logvar):
        kl = self.gaussian_kl(mu, logvar).mean(axis=0)
        clamped = ops.maximum(kl, ops.full_like(kl, self.free_bits))
        if kl.mean() < self.collapse_floor:
            clamped = clamped * 2.0
        else:
            clamped = clamped + 0.0
        if self.reduce == "sum":
            return clamped.sum()
        return clamped.mean()


def make():
    np.random.seed(0)
    mu = Tensor(np.random.randn(5, 6).astype(np.float32) * 0.3)
    logvar = Tensor(np.random.randn(5, 6).astype(np.float32) * 0.1)
    return LatentKL(), (mu, logvar)
