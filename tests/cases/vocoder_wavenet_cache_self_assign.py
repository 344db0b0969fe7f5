# case: WaveNet-style dilated causal conv layer that stores its input queue on self during streaming -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CachedCausalConv(nn.Cell):
    def __init__(self, channels=8, kernel_size=2, dilation=4):
        super().__init__()
        self.receptive = (kernel_size - 1) * dilation
        self.conv = nn.Conv1d(channels, 2 * channels, kernel_size, dilation=dilation,
                              pad_mode="valid", has_bias=True)
        self.res = nn.Conv1d(channels, channels, 1, has_bias=True)
        self.cache = None

    def gated(self, h):
        a, b = ops.split(h, h.shape[1] // 2, axis=1)
        return ops.tanh(a) * ops.sigmoid(b)

    def construct(self, x_step):
        # x_step: (B, C, 1) one new sample
        if self.cache is None:
            hist = ops.zeros((x_step.shape[0], x_step.shape[1], self.receptive), x_step.dtype)
        else:
            hist = self.cache
        window = ops.concat((hist, x_step), axis=2)
        out = self.gated(self.conv(window))
        out = x_step + self.res(out)
        # remember the last `receptive` inputs for the next step
        self.cache = window[:, :, 1:]
        return out


def make():
    np.random.seed(5)
    x = np.random.randn(1, 8, 1).astype(np.float32)
    return CachedCausalConv(), (Tensor(x),)
