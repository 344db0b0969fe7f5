# case: effect chain selects gain, lowpass and soft clip stages with Python bool constructor flags -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnePoleLowpass(nn.Cell):
    def __init__(self, taps=8, alpha=0.3):
        super().__init__()
        k = (alpha * (1 - alpha) ** np.arange(taps)).astype(np.float32)
        self.kernel = Tensor(k[::-1].copy().reshape(1, 1, taps))
        self.taps = taps

    def construct(self, x):
        y = ops.conv1d(ops.pad(x.expand_dims(1), (self.taps - 1, 0)), self.kernel)
        return y.squeeze(1)


class FxChain(nn.Cell):
    def __init__(self, use_gain=True, use_lowpass=True, use_clip=False, gain_db=6.0):
        super().__init__()
        self.use_gain = use_gain
        self.use_lowpass = use_lowpass
        self.use_clip = use_clip
        self.gain = float(10 ** (gain_db / 20))
        self.lowpass = OnePoleLowpass()

    def construct(self, x):
        if self.use_gain:
            x = x * self.gain
        if self.use_lowpass:
            x = self.lowpass(x)
        if self.use_clip:
            x = ops.tanh(x)
        return x


def make():
    np.random.seed(11)
    x = Tensor((0.2 * np.random.randn(2, 64)).astype(np.float32))
    return FxChain(use_clip=True), (x,)
