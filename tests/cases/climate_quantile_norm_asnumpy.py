# case: robust normalisation of precipitation with a per-batch 99th percentile computed in NumPy -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustPrecipNorm(nn.Cell):
    """log1p transform followed by scaling with the batch 99th percentile."""

    def __init__(self, quantile=0.99, use_log=True, floor=1e-3):
        super().__init__()
        self.quantile = quantile
        self.use_log = use_log
        self.floor = floor

    def _scale(self, x):
        values = x.asnumpy().reshape(-1)
        q = np.quantile(values, self.quantile)
        return Tensor(max(q, self.floor), ms.float32)

    def construct(self, precip):
        x = ops.log1p(precip) if self.use_log else precip
        return x / self._scale(x)


def make():
    rng = np.random.RandomState(6)
    precip = Tensor(rng.gamma(0.5, 2.0, size=(2, 1, 8, 8)).astype(np.float32))
    return RobustPrecipNorm(), (precip,)
