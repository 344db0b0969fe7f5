# case: GPS trace tensor stored either as [fixes, channels] or [channels, fixes]; the layout permutation is passed as a tensor and turned into a Python tuple with int() -> transpose perm from tensor values, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TraceSpeed(nn.Cell):
    def __init__(self, fs_hz=1.0):
        super().__init__()
        self.fs_hz = fs_hz

    def construct(self, trace, layout):
        perm = (int(layout[0]), int(layout[1]))
        xy = ops.transpose(trace, perm)            # -> [fixes, 2] metres east/north
        step = ops.sqrt(((xy[1:] - xy[:-1]) ** 2).sum(axis=1))
        speed = step * self.fs_hz
        return speed.mean(), speed.max()


def make():
    np.random.seed(171)
    n = 300
    east = np.cumsum(np.random.uniform(2.5, 4.0, n))
    north = np.cumsum(np.random.uniform(-0.5, 0.5, n))
    trace = np.stack([east, north], 0).astype(np.float32)   # [2, fixes]
    return TraceSpeed(), (Tensor(trace), Tensor(np.array([1, 0], dtype=np.int32)))
