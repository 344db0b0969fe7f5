# case: per-channel symmetric weight fake-quant reduces abs-max over all axes but the channel axis, axes built from len(w.shape) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerChannelWeightFakeQuant(nn.Cell):
    def __init__(self, num_bits=8, ch_axis=0, narrow_range=True):
        super().__init__()
        self.ch_axis = ch_axis
        qmax = 2 ** (num_bits - 1) - 1
        self.qmax = qmax
        self.qmin = -qmax if narrow_range else -qmax - 1

    def _reduce_axes(self, w):
        return tuple(i for i in range(len(w.shape)) if i != self.ch_axis)

    def _scale(self, w):
        absmax = ops.amax(ops.abs(w), axis=self._reduce_axes(w), keepdims=True)
        return ops.maximum(absmax, 1e-8) / self.qmax

    def construct(self, w):
        scale = self._scale(w)
        q = ops.clamp(ops.round(w / scale), self.qmin, self.qmax)
        return q * scale


def make():
    np.random.seed(101)
    w = Tensor(np.random.randn(8, 3, 3, 3).astype(np.float32))
    return PerChannelWeightFakeQuant(), (w,)
