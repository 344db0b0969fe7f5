# case: engine sensor health model stacks conv blocks held in a CellList and loops over them, reusing one variable -> loop over a CellList, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvBlock(nn.Cell):
    def __init__(self, c_in, c_out):
        super().__init__()
        self.conv = nn.Conv1d(c_in, c_out, kernel_size=3, pad_mode="same")
        self.relu = nn.ReLU()

    def construct(self, x):
        return self.relu(self.conv(x))


class SensorConvEncoder(nn.Cell):
    def __init__(self, n_sensors=6, channels=(16, 16, 32), n_classes=2):
        super().__init__()
        dims = (n_sensors,) + tuple(channels)
        self.blocks = nn.CellList([ConvBlock(dims[i], dims[i + 1]) for i in range(len(channels))])
        self.cls = nn.Dense(channels[-1], n_classes)

    def construct(self, window):
        h = window
        for blk in self.blocks:
            h = blk(h)
        return self.cls(h.mean(axis=2))


def make():
    np.random.seed(202)
    w = Tensor(np.random.randn(2, 6, 32).astype(np.float32))
    return SensorConvEncoder(), (w,)
