# case: temporal feature pyramid loops over a constant tuple of strides, downsampling with avg_pool1d and pooling each level -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalPyramid(nn.Cell):
    def __init__(self, channels=8, strides=(1, 2, 4)):
        super().__init__()
        self.strides = strides
        self.proj = nn.Conv1d(channels, channels, 1, has_bias=True)

    def construct(self, x):
        # x: (B, C, T)
        x = self.proj(x)
        levels = []
        for s in self.strides:
            if s == 1:
                y = x
            else:
                y = ops.avg_pool1d(x, kernel_size=s, stride=s)
            levels.append(y.max(axis=-1))
        return ops.cat(levels, axis=-1)


def make():
    np.random.seed(42)
    x = Tensor(np.random.randn(2, 8, 16).astype(np.float32))
    return TemporalPyramid(), (x,)
