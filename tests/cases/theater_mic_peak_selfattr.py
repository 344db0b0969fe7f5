# case: microphone channel strip remembers the last peak level by assigning a plain attribute of self inside construct -> self attribute written in construct, expect error or ignored
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChannelStrip(nn.Cell):
    def __init__(self, gain_db=3.0):
        super().__init__()
        self.gain = 10.0 ** (gain_db / 20.0)
        self.last_peak = 0.0

    def limiter(self, x, ceiling=0.9):
        return ops.clamp(x, -ceiling, ceiling)

    def construct(self, frames):
        y = self.limiter(frames * self.gain)
        self.last_peak = ops.abs(y).max()
        return y, self.last_peak


def make():
    np.random.seed(111)
    frames = Tensor((np.random.randn(8, 256) * 0.3).astype(np.float32))
    return ChannelStrip(), (frames,)
