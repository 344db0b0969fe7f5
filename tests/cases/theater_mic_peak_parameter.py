# case: microphone channel strip keeps the running peak in a Parameter updated with ops.assign -> state kept in a Parameter, expect fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ChannelStrip(nn.Cell):
    def __init__(self, gain_db=3.0):
        super().__init__()
        self.gain = 10.0 ** (gain_db / 20.0)
        self.peak_hold = Parameter(Tensor(0.0, ms.float32), name="peak_hold", requires_grad=False)

    def limiter(self, x, ceiling=0.9):
        return ops.clamp(x, -ceiling, ceiling)

    def construct(self, frames):
        y = self.limiter(frames * self.gain)
        peak = ops.maximum(ops.abs(y).max(), self.peak_hold)
        ops.assign(self.peak_hold, peak)
        return y, peak


def make():
    np.random.seed(112)
    frames = Tensor((np.random.randn(8, 256) * 0.3).astype(np.float32))
    return ChannelStrip(), (frames,)
