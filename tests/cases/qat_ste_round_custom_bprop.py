# case: straight-through estimator implemented as a Cell with custom bprop passing gradients inside the clip range, used by a quant conv -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RoundSTE(nn.Cell):
    def __init__(self, clip=1.0):
        super().__init__()
        self.clip = clip

    def construct(self, x):
        return ops.round(ops.clamp(x, -self.clip, self.clip))

    def bprop(self, x, out, dout):
        inside = (ops.abs(x) <= self.clip).astype(dout.dtype)
        return (dout * inside,)


class QuantConv(nn.Cell):
    def __init__(self, in_ch=2, out_ch=4, num_bits=4):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, pad_mode="same")
        self.levels = float(2 ** (num_bits - 1) - 1)
        self.ste = RoundSTE(clip=self.levels)

    def construct(self, x):
        w = self.conv.weight
        scale = ops.abs(w).max() / self.levels
        wq = self.ste(w / scale) * scale
        return ops.conv2d(x, wq, self.conv.bias, pad_mode="same")


def make():
    np.random.seed(102)
    x = Tensor(np.random.randn(1, 2, 5, 5).astype(np.float32))
    return QuantConv(), (x,)
