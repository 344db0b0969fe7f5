# case: fit a line to the proofing curve with np.polyfit on .asnumpy() inside construct to get rise rate -> NumPy/asnumpy in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RiseRateFit(nn.Cell):
    def __init__(self, period_min=0.5):
        super().__init__()
        self.period_min = period_min
        self.head = nn.Dense(2, 1)

    def construct(self, height_mm, temp_c):
        t = np.arange(height_mm.shape[0]) * self.period_min
        slope, intercept = np.polyfit(t, height_mm.asnumpy(), 1)
        feats = ops.stack([Tensor(slope, ms.float32), temp_c.mean()]).reshape(1, 2)
        return self.head(feats)


def make():
    np.random.seed(25)
    h = (40 + np.arange(90) * 0.3 + np.random.randn(90) * 0.2).astype(np.float32)
    temp = (28 + np.random.randn(90) * 0.5).astype(np.float32)
    return RiseRateFit(), (Tensor(h), Tensor(temp))
