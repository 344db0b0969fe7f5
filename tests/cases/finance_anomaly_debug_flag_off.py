# case: price-jump detector whose nonzero-based debug dump sits behind a config flag defaulting to False -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class JumpDetector(nn.Cell):
    """Flags returns whose z-score exceeds a threshold and winsorises them."""

    def __init__(self, z_threshold=3.0, debug=False, eps=1e-8):
        super().__init__()
        self.z_threshold = z_threshold
        self.debug = debug
        self.eps = eps

    def zscores(self, returns):
        mu = returns.mean(axis=-1, keep_dims=True)
        sd = returns.std(axis=-1, keepdims=True)
        return (returns - mu) / (sd + self.eps), mu, sd

    def construct(self, returns):
        z, mu, sd = self.zscores(returns)
        jumps = ops.abs(z) > self.z_threshold
        if self.debug:
            where_jumps = ops.nonzero(jumps)
            print("jump positions:", where_jumps)
        cap = mu + self.z_threshold * sd * ops.sign(z)
        cleaned = ops.where(jumps, cap, returns)
        return cleaned, jumps.astype(ms.int32).sum(axis=-1)


def make():
    np.random.seed(33)
    r = (0.01 * np.random.randn(2, 50)).astype(np.float32)
    r[0, 10] = 0.12
    r[1, 30] = -0.09
    return JumpDetector(), (Tensor(r),)
