# case: progressive-growing generator that reads fade-in alpha with .asnumpy() to skip the blend once it reaches 1 -> compile error at line 38
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ToRGB(nn.Cell):
    def __init__(self, in_ch):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, 3, 1, has_bias=True)

    def construct(self, x):
        return self.conv(x)


class ProgressiveGenerator(nn.Cell):
    def __init__(self, ch=8, fade_steps=1000):
        super().__init__()
        self.block_lo = nn.SequentialCell([nn.Conv2d(ch, ch, 3, pad_mode="same"), nn.LeakyReLU(0.2)])
        self.block_hi = nn.SequentialCell([nn.Conv2d(ch, ch, 3, pad_mode="same"), nn.LeakyReLU(0.2)])
        self.rgb_lo = ToRGB(ch)
        self.rgb_hi = ToRGB(ch)
        self.alpha = Parameter(Tensor(0.3, ms.float32), name="alpha", requires_grad=False)
        self.fade_steps = fade_steps

    def upsample(self, x):
        h, w = x.shape[2], x.shape[3]
        return ops.interpolate(x, size=(h * 2, w * 2), mode="nearest")

    def blend(self, lo, hi, alpha):
        return lo * (1.0 - alpha) + hi * alpha

    def construct(self, x):
        x = self.block_lo(x)
        up = self.upsample(x)
        hi = self.rgb_hi(self.block_hi(up))
        lo = self.rgb_lo(up)
        a = float(self.alpha.asnumpy())
        if a >= 1.0:
            return hi
        return self.blend(lo, hi, a)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(1, 8, 4, 4).astype(np.float32))
    return ProgressiveGenerator(), (x,)
