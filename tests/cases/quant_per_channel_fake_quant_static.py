# case: per-channel symmetric int8 fake quantization with scales from amax over output axis -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerChannelFakeQuant(nn.Cell):
    def __init__(self, num_bits=8, channel_axis=0):
        super().__init__()
        self.qmax = float(2 ** (num_bits - 1) - 1)
        self.channel_axis = channel_axis

    def channel_scale(self, w):
        flat = w.reshape(w.shape[0], -1)
        amax = ops.amax(ops.abs(flat), axis=1, keepdims=True)
        scale = ops.maximum(amax, 1e-8) / self.qmax
        return scale.reshape((w.shape[0],) + (1,) * (w.ndim - 1))

    def construct(self, w):
        scale = self.channel_scale(w)
        q = ops.clamp(ops.round(w / scale), -self.qmax, self.qmax)
        return q * scale


class QuantConv(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 6, 3, pad_mode="same")
        self.wq = PerChannelFakeQuant(8)

    def construct(self, x):
        wq = self.wq(self.conv.weight)
        return ops.conv2d(x, wq, pad_mode="same")


def make():
    np.random.seed(1)
    x = Tensor(np.random.randn(2, 3, 8, 8).astype(np.float32))
    return QuantConv(), (x,)
