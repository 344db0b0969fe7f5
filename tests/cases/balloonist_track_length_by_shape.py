# case: average ground speed over a variable-length track, using the track length from x.shape[0] -> shape is a compile-time constant, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroundTrack(nn.Cell):
    def __init__(self, dt_s=5.0, warmup=3):
        super().__init__()
        self.dt = dt_s
        self.warmup = warmup

    def construct(self, east_m, north_m):
        n = east_m.shape[0]
        steps = ops.stack((east_m[1:] - east_m[:-1], north_m[1:] - north_m[:-1]), axis=-1)
        dist = ops.norm(steps[self.warmup:], dim=-1).sum()
        return dist / ((n - 1 - self.warmup) * self.dt)


def make():
    np.random.seed(162)
    e = Tensor(np.cumsum(np.random.rand(25) * 30).astype(np.float32))
    n = Tensor(np.cumsum(np.random.randn(25) * 10).astype(np.float32))
    return GroundTrack(), (e, n)
