# case: finds crevasse hyperbola apexes in a GPR profile with nonzero on a thresholded amplitude -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrevassePeakFinder(nn.Cell):
    def __init__(self, n_sigma=2.0):
        super().__init__()
        self.n_sigma = n_sigma
        self.abs = ops.Abs()

    def envelope(self, trace):
        amp = self.abs(trace)
        kernel = ops.ones((1, 1, 5), ms.float32) / 5.0
        return ops.conv1d(amp.expand_dims(1), kernel, pad_mode="pad", padding=2).squeeze(1)

    def construct(self, profile):
        env = self.envelope(profile)
        mu = env.mean()
        sd = env.std()
        hits = env > mu + self.n_sigma * sd
        idx = ops.nonzero(hits)
        depths = idx[:, 1].astype(ms.float32) * 0.1
        return depths


def make():
    np.random.seed(1)
    prof = np.random.randn(4, 64).astype(np.float32)
    prof[:, 30:33] += 6.0
    return CrevassePeakFinder(), (Tensor(prof),)
