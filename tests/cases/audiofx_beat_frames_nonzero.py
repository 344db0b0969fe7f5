# case: beat tracker marks local maxima of the onset envelope and returns their frame indices via ops.nonzero -> dynamic shape (nonzero)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakPicker(nn.Cell):
    def __init__(self, radius=2):
        super().__init__()
        self.radius = radius
        self.pool = nn.MaxPool1d(kernel_size=2 * radius + 1, stride=1)

    def construct(self, env):
        x = env.reshape(1, 1, -1)
        padded = ops.pad(x, (self.radius, self.radius), value=-1e9)
        local_max = self.pool(padded).reshape(-1)
        return ops.logical_and(env >= local_max, env > env.mean())


class BeatTracker(nn.Cell):
    def __init__(self):
        super().__init__()
        self.picker = PeakPicker()

    def construct(self, env):
        is_peak = self.picker(env)
        beat_frames = ops.nonzero(is_peak).reshape(-1)
        return beat_frames


def make():
    np.random.seed(2)
    env = Tensor(np.abs(np.random.randn(64)).astype(np.float32))
    return BeatTracker(), (env,)
