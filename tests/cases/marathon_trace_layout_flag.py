# case: GPS trace speed where the channel-first layout is a constructor flag and the transpose permutation is a Python tuple -> constant perm, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TraceSpeedFlag(nn.Cell):
    def __init__(self, channels_first=True, fs_hz=1.0):
        super().__init__()
        self.perm = (1, 0) if channels_first else (0, 1)
        self.fs_hz = fs_hz

    def construct(self, trace):
        xy = ops.transpose(trace, self.perm)
        step = ops.norm(xy[1:] - xy[:-1], dim=1)
        speed = step * self.fs_hz
        return speed.mean(), speed.max()


def make():
    np.random.seed(172)
    n = 300
    east = np.cumsum(np.random.uniform(2.5, 4.0, n))
    north = np.cumsum(np.random.uniform(-0.5, 0.5, n))
    trace = np.stack([east, north], 0).astype(np.float32)
    return TraceSpeedFlag(), (Tensor(trace),)
