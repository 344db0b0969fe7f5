# case: hull vibration encoder runs a CellList of Conv1d blocks in a constant for loop and pools over time -> constant loop unrolled, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, cin, cout):
        super().__init__()
        self.conv = nn.Conv1d(cin, cout, kernel_size=3, pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.conv(x))


class VibrationEncoder(nn.Cell):
    def __init__(self, channels=(3, 8, 8)):
        super().__init__()
        self.blocks = nn.CellList([ConvBlock(channels[i], channels[i + 1]) for i in range(len(channels) - 1)])
        self.head = nn.Dense(channels[-1], 1)

    def construct(self, x):
        for block in self.blocks:
            x = block(x)
        pooled = x.mean(axis=-1)
        return ops.sigmoid(self.head(pooled))


def make():
    np.random.seed(27)
    x = Tensor(np.random.randn(2, 3, 32).astype(np.float32))
    return VibrationEncoder(), (x,)
