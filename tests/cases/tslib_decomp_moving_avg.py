# case: Autoformer series decomposition with a moving average whose kernel comes from the config, front/back replicate padding -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEFAULT_KERNEL = 25


class DecompConfig:
    def __init__(self, moving_avg=DEFAULT_KERNEL, individual=False):
        self.moving_avg = moving_avg
        self.individual = individual


class MovingAvg(nn.Cell):
    def __init__(self, kernel_size, stride=1):
        super().__init__()
        self.kernel_size = kernel_size
        self.avg = nn.AvgPool1d(kernel_size=kernel_size, stride=stride)

    def construct(self, x):
        # x: [batch, length, channels]
        half = (self.kernel_size - 1) // 2
        front = ops.tile(x[:, 0:1, :], (1, half, 1))
        end = ops.tile(x[:, -1:, :], (1, half, 1))
        x = ops.concat([front, x, end], axis=1)
        x = self.avg(x.transpose(0, 2, 1))
        return x.transpose(0, 2, 1)


class SeriesDecomp(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.moving_avg = MovingAvg(config.moving_avg, stride=1)

    def construct(self, x):
        trend = self.moving_avg(x)
        seasonal = x - trend
        return seasonal, trend


def make():
    np.random.seed(3415)
    x = Tensor(np.random.randn(4, 96, 7).astype(np.float32))
    return SeriesDecomp(DecompConfig()), (x,)
