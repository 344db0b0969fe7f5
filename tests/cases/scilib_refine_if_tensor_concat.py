# case: residual-driven sampler appends jittered copies of the batch when the max residual exceeds tolerance, otherwise keeps it -> if on a tensor value with branches of different shapes, Graph mode should reject it
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResampleConfig:
    tol = 0.5
    jitter = 0.01
    domain = (0.0, 1.0)


class ConditionalResampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tol = config.tol
        self.jitter = config.jitter
        self.lo, self.hi = config.domain

    def _jittered(self, pts, noise):
        return ops.clip(pts + self.jitter * noise, self.lo, self.hi)

    def construct(self, points, residual, noise):
        if ops.abs(residual).max() > self.tol:
            points = ops.concat((points, self._jittered(points, noise)), axis=0)
        return points


def make():
    np.random.seed(36)
    pts = Tensor(np.random.rand(30, 2).astype(np.float32))
    res = Tensor(np.random.randn(30).astype(np.float32))
    noise = Tensor(np.random.randn(30, 2).astype(np.float32))
    return ConditionalResampler(ResampleConfig()), (pts, res, noise)
