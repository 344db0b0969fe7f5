# case: pressure tap leak check comparing each tap to its neighbours, freeing large intermediates with del in construct -> del statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ring_shift(x, k):
    return ops.concat((x[-k:], x[:-k]))


class TapLeakDetector(nn.Cell):
    def __init__(self, z_limit=3.0):
        super().__init__()
        self.z_limit = z_limit

    def construct(self, cp_samples):
        cp_mean = cp_samples.mean(axis=0)
        neighbour = 0.5 * (ring_shift(cp_mean, 1) + ring_shift(cp_mean, cp_mean.shape[0] - 1))
        deviation = cp_mean - neighbour
        del neighbour
        spread = ops.std(deviation)
        z = ops.abs(deviation) / (spread + 1e-6)
        del deviation
        return z > self.z_limit, z.max()


def make():
    np.random.seed(221)
    cp = np.sin(np.linspace(0, np.pi, 24))[None, :] + 0.02 * np.random.randn(50, 24)
    cp[:, 7] += 0.5
    return TapLeakDetector(), (Tensor(cp.astype(np.float32)),)
