# case: weight quantizer switches to per-channel scales (C,1) when channel ranges spread more than a ratio, else per-tensor scalar, via a tensor-valued if -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveGranularityQuant(nn.Cell):
    def __init__(self, num_bits=8, ratio=4.0):
        super().__init__()
        self.qmax = 2 ** (num_bits - 1) - 1
        self.ratio = ratio

    def per_channel_scale(self, w):
        return ops.abs(w).max(axis=1, keepdims=True) / self.qmax

    def per_tensor_scale(self, w):
        return ops.abs(w).max() / self.qmax

    def construct(self, w):
        ch_absmax = ops.abs(w).max(axis=1)
        spread = ch_absmax.max() / (ch_absmax.min() + 1e-8)
        if spread > self.ratio:
            scale = self.per_channel_scale(w)
        else:
            scale = self.per_tensor_scale(w)
        q = ops.clamp(ops.round(w / scale), -self.qmax, self.qmax)
        return q * scale


def make():
    np.random.seed(14)
    w = np.random.randn(4, 8).astype(np.float32)
    w[0] *= 10.0
    return AdaptiveGranularityQuant(), (Tensor(w),)
