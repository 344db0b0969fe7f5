# case: the same optional layer built with smooth=2 -> the branch is compiled: the host-side .asnumpy() falls back at LAX and fails at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Denoiser(nn.Cell):
    def __init__(self, width=8, smooth=0):
        super().__init__()
        self.proj = nn.Dense(width, width)
        self.smooth = nn.AvgPool1d(kernel_size=3, stride=1, pad_mode="same") if smooth > 0 else None

    def construct(self, x):
        y = self.proj(x)
        if self.smooth is not None:
            peak = float(y.asnumpy().max())
            y = self.smooth(y[:, None, :]).squeeze(1) / peak
        return y


def make():
    np.random.seed(31)
    return Denoiser(smooth=2), (Tensor(np.random.rand(3, 8).astype(np.float32)),)
