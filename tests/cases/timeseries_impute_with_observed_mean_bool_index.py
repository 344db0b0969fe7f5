# case: imputer fills NaNs with the mean of the observed values gathered by boolean-mask indexing -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeanImputer(nn.Cell):
    def __init__(self, strategy="global_mean", fallback=0.0):
        super().__init__()
        self.strategy = strategy
        self.fallback = fallback

    def _observed_mean(self, x):
        missing = ops.isnan(x)
        observed = x[~missing]
        return observed.mean()

    def construct(self, x):
        missing = ops.isnan(x)
        if self.strategy == "global_mean":
            fill = self._observed_mean(x)
        else:
            fill = Tensor(self.fallback, ms.float32)
        return ops.where(missing, fill.broadcast_to(x.shape), x)


class ImputeThenSmooth(nn.Cell):
    def __init__(self, kernel=3):
        super().__init__()
        self.imputer = MeanImputer()
        self.pool = nn.AvgPool1d(kernel_size=kernel, stride=1, pad_mode="same")

    def construct(self, x):
        x = self.imputer(x)
        return self.pool(x.expand_dims(1)).squeeze(1)


def make():
    np.random.seed(4)
    x = np.random.randn(3, 20).astype(np.float32)
    x[0, 5] = np.nan
    x[2, 11:14] = np.nan
    return ImputeThenSmooth(), (Tensor(x),)
