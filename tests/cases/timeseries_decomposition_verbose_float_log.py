# case: moving-average trend/seasonal decomposition logs component energies with float() and str.format when verbose -> compile error at line 30
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MovingAverage(nn.Cell):
    def __init__(self, kernel_size=5):
        super().__init__()
        self.kernel_size = kernel_size
        self.pool = nn.AvgPool1d(kernel_size=kernel_size, stride=1)

    def construct(self, x):
        # x: (B, T, C); replicate edges so the output keeps length T
        pad = (self.kernel_size - 1) // 2
        front = ops.tile(x[:, :1, :], (1, pad, 1))
        end = ops.tile(x[:, -1:, :], (1, pad, 1))
        xp = ops.concat((front, x, end), axis=1)
        return self.pool(xp.transpose(0, 2, 1)).transpose(0, 2, 1)


class SeriesDecomposition(nn.Cell):
    def __init__(self, kernel_size=5, verbose=True):
        super().__init__()
        self.moving_avg = MovingAverage(kernel_size)
        self.verbose = verbose

    def _log(self, trend, seasonal):
        msg = "trend energy {:.4f} | seasonal energy {:.4f}".format(
            float(ops.square(trend).mean()), float(ops.square(seasonal).mean()))
        print(msg)

    def construct(self, x):
        trend = self.moving_avg(x)
        seasonal = x - trend
        if self.verbose:
            self._log(trend, seasonal)
        return seasonal, trend


def make():
    np.random.seed(7)
    t = np.arange(24, dtype=np.float32)
    x = np.stack([np.sin(t / 3.0) + 0.05 * t, np.cos(t / 4.0)], axis=-1)[None].repeat(2, 0)
    return SeriesDecomposition(), (Tensor(x.astype(np.float32)),)
