# case: DLinear-style model decomposes into moving-average trend and seasonal residual with edge replication, separate linear heads -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MovingAvg(nn.Cell):
    def __init__(self, kernel_size=5):
        super().__init__()
        self.kernel_size = kernel_size
        self.avg = nn.AvgPool1d(kernel_size=kernel_size, stride=1)

    def construct(self, x):
        b, _, c = x.shape
        half = (self.kernel_size - 1) // 2
        front = x[:, 0:1, :].broadcast_to((b, half, c))
        end = x[:, -1:, :].broadcast_to((b, half, c))
        x = ops.concat([front, x, end], axis=1)
        return self.avg(x.permute(0, 2, 1)).permute(0, 2, 1)


class DLinear(nn.Cell):
    def __init__(self, seq_len=24, pred_len=6, kernel_size=5, individual=False):
        super().__init__()
        self.decomp = MovingAvg(kernel_size)
        self.individual = individual
        self.linear_seasonal = nn.Dense(seq_len, pred_len)
        self.linear_trend = nn.Dense(seq_len, pred_len)

    def construct(self, x):
        trend = self.decomp(x)
        seasonal = x - trend
        seasonal_out = self.linear_seasonal(seasonal.permute(0, 2, 1))
        trend_out = self.linear_trend(trend.permute(0, 2, 1))
        return (seasonal_out + trend_out).permute(0, 2, 1)


def make():
    np.random.seed(23)
    t = np.arange(24, dtype=np.float32)
    x = np.stack([np.sin(t / 2.0), 0.1 * t + np.cos(t)], -1)[None]
    x = np.concatenate([x, x + 0.1 * np.random.randn(1, 24, 2)], 0)
    return DLinear(), (Tensor(x.astype(np.float32)),)
