# case: Welford running mean/variance over a stack of MC-dropout samples by iterating over the tensor's first axis -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WelfordUncertainty(nn.Cell):
    def __init__(self, unbiased=True, eps=1e-8):
        super().__init__()
        self.unbiased = unbiased
        self.eps = eps

    def _step(self, count, mean, m2, x):
        delta = x - mean
        mean = mean + delta / count
        m2 = m2 + delta * (x - mean)
        return mean, m2

    def construct(self, samples):
        # samples: (S, C, D, H, W) softmax outputs of S stochastic passes
        mean = ops.zeros_like(samples[0])
        m2 = ops.zeros_like(samples[0])
        count = 0
        for sample in samples:
            count += 1
            mean, m2 = self._step(count, mean, m2, sample)
        denom = len(samples) - 1 if self.unbiased else len(samples)
        var = m2 / denom
        return mean, ops.sqrt(var + self.eps).mean(axis=0)


def make():
    np.random.seed(0)
    s = np.random.rand(4, 2, 4, 5, 5).astype(np.float32)
    s = s / s.sum(axis=1, keepdims=True)
    return WelfordUncertainty(), (Tensor(s),)
