# case: FEDformer-style multi-kernel decomposition averaging trends over a CellList of moving averages with zip over learned weights -> static, loops over Python-sized lists
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _replicate_pad(x, half):
    if half == 0:
        return x
    front = ops.repeat_elements(x[:, :1, :], rep=half, axis=1)
    back = ops.repeat_elements(x[:, -1:, :], rep=half, axis=1)
    return ops.concat((front, x, back), axis=1)


class MovingAvgBlock(nn.Cell):
    def __init__(self, kernel_size):
        super().__init__()
        self.half = (kernel_size - 1) // 2
        self.pool = nn.AvgPool1d(kernel_size=kernel_size, stride=1)

    def construct(self, x):
        x = _replicate_pad(x, self.half)
        return self.pool(x.transpose(0, 2, 1)).transpose(0, 2, 1)


class MultiSeriesDecomp(nn.Cell):
    def __init__(self, kernel_sizes=(13, 17, 25), channels=7):
        super().__init__()
        self.kernels = nn.CellList([MovingAvgBlock(k) for k in kernel_sizes])
        self.mix = nn.Dense(channels, len(kernel_sizes))
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, x):
        trends = []
        for i, block in enumerate(self.kernels):
            trends.append(block(x).expand_dims(-1))
        trend = ops.concat(trends, axis=-1)
        weights = self.softmax(self.mix(x)).expand_dims(-2)
        trend = (trend * weights).sum(axis=-1)
        return x - trend, trend


def make():
    np.random.seed(3416)
    x = Tensor(np.random.randn(2, 96, 7).astype(np.float32))
    return MultiSeriesDecomp(), (x,)
