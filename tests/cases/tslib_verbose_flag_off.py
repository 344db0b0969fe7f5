# case: the same style of debug hook but the library default verbose=False, the print/f-string and asnumpy helper sit behind a flag no caller flips -> branch folded away, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrendConfig:
    def __init__(self, seq_len=48, pred_len=12, verbose=False):
        self.seq_len = seq_len
        self.pred_len = pred_len
        self.verbose = verbose


class DLinearTrend(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.verbose = config.verbose
        self.linear_trend = nn.Dense(config.seq_len, config.pred_len)
        self.linear_seasonal = nn.Dense(config.seq_len, config.pred_len)

    def _debug(self, seasonal, trend):
        if self.verbose:
            ratio = float(seasonal.std().asnumpy()) / float(trend.std().asnumpy())
            print(f"seasonal/trend std ratio = {ratio:.3f}")

    def construct(self, seasonal, trend):
        self._debug(seasonal, trend)
        s = self.linear_seasonal(seasonal.swapaxes(1, 2))
        t = self.linear_trend(trend.swapaxes(1, 2))
        return (s + t).swapaxes(1, 2)


def make():
    np.random.seed(3441)
    s = Tensor(np.random.randn(2, 48, 3).astype(np.float32))
    t = Tensor(np.random.randn(2, 48, 3).astype(np.float32))
    return DLinearTrend(TrendConfig()), (s, t)
