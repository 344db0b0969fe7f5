# case: symmetric per-output-channel weight fake-quant for a conv layer, scales from keepdims reductions over the other axes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def per_channel_scale(w, qmax, axis=0):
    reduce_axes = tuple(i for i in range(len(w.shape)) if i != axis)
    amax = ops.abs(w).amax(axis=reduce_axes, keepdims=True)
    return ops.clamp(amax / qmax, min=1e-8)


class QConv2d(nn.Cell):
    def __init__(self, in_ch=3, out_ch=6, kernel=3, num_bits=4, quantize_weight=True):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, kernel, pad_mode="pad", padding=1, has_bias=True)
        self.qmax = float(2 ** (num_bits - 1) - 1)
        self.quantize_weight = quantize_weight
        self.conv2d = ops.Conv2D(out_channel=out_ch, kernel_size=kernel, pad_mode="pad", pad=1)

    def _fq(self, w):
        s = ops.stop_gradient(per_channel_scale(w, self.qmax))
        q = ops.clamp(ops.round(w / s), -self.qmax - 1.0, self.qmax)
        return w + ops.stop_gradient(q * s - w)

    def construct(self, x):
        w = self.conv.weight
        if self.quantize_weight:
            w = self._fq(w)
        y = self.conv2d(x, w)
        return ops.bias_add(y, self.conv.bias)


def make():
    np.random.seed(26)
    x = Tensor(np.random.randn(1, 3, 6, 6).astype(np.float32))
    return QConv2d(), (x,)
