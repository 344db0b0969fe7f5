# case: preprocessing Cell whose log-transform and clipping are switched by Python bool constructor flags -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RadarPreprocess(nn.Cell):
    def __init__(self, use_log=True, clip=True, max_rate=100.0):
        super().__init__()
        self.use_log = use_log
        self.clip = clip
        self.max_rate = max_rate

    def construct(self, rain):
        if self.clip:
            rain = ops.clamp(rain, 0.0, self.max_rate)
        if self.use_log:
            rain = ops.log1p(rain)
        else:
            rain = rain / self.max_rate
        return rain


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.prep = RadarPreprocess(use_log=True, clip=False)
        self.conv = nn.Conv2d(3, 8, 3, pad_mode="same")

    def construct(self, frames):
        return ops.relu(self.conv(self.prep(frames)))


def make():
    np.random.seed(108)
    frames = Tensor(np.random.exponential(5.0, (1, 3, 12, 12)).astype(np.float32))
    return Encoder(), (frames,)
