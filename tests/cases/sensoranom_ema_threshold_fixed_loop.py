# case: adaptive threshold via an exponential moving average updated in a loop of fixed length from x.shape -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EMAThreshold(nn.Cell):
    def __init__(self, alpha=0.2, k=3.0):
        super().__init__()
        self.alpha = alpha
        self.k = k

    def construct(self, err):
        mean = err[:, 0]
        var = ops.zeros_like(mean)
        flags = []
        for t in range(1, err.shape[1]):
            e = err[:, t]
            thr = mean + self.k * ops.sqrt(var + 1e-6)
            flags.append((e > thr).astype(ms.float32))
            diff = e - mean
            mean = mean + self.alpha * diff
            var = (1 - self.alpha) * (var + self.alpha * diff * diff)
        return ops.stack(flags, axis=1)


def make():
    np.random.seed(38)
    err = Tensor(np.abs(np.random.randn(3, 10)).astype(np.float32))
    return EMAThreshold(), (err,)
