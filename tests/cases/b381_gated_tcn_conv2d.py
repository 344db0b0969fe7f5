# case: Graph WaveNet gated dilated TCN stack built from nn.Conv2d subclasses, iterating zip over filter/gate CellLists with enumerate and cropping the residual by the known shape -> shape-based slicing, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WaveNetConfig:
    def __init__(self, channels=8, blocks=1, layers=2, kernel=2, dropout=0.0):
        self.channels = channels
        self.blocks = blocks
        self.layers = layers
        self.kernel = kernel
        self.dropout = dropout


class DilatedTimeConv(nn.Conv2d):
    def __init__(self, channels, kernel, dilation):
        super().__init__(channels, channels, kernel_size=(1, kernel), dilation=(1, dilation),
                         pad_mode="valid", has_bias=True)


def dilations(config):
    return [2 ** i for _ in range(config.blocks) for i in range(config.layers)]


class GatedTCN(nn.Cell):
    def __init__(self, config):
        super().__init__()
        ds = dilations(config)
        self.filters = nn.CellList([DilatedTimeConv(config.channels, config.kernel, d) for d in ds])
        self.gates = nn.CellList([DilatedTimeConv(config.channels, config.kernel, d) for d in ds])
        self.skip_scale = 1.0 / len(ds)

    def construct(self, x):
        skip = 0
        for i, (f, g) in enumerate(zip(self.filters, self.gates)):
            residual = x
            x = ops.tanh(f(x)) * ops.sigmoid(g(x))
            x = x + residual[..., -x.shape[-1]:]
            skip = skip + x[..., -1:] * self.skip_scale
        return x, skip


def make():
    np.random.seed(3844)
    x = np.random.randn(2, 8, 5, 12).astype(np.float32)
    return GatedTCN(WaveNetConfig()), (Tensor(x),)
