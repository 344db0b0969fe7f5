# case: robust scaler with a tensor-valued if that imputes NaNs only when present; both branches keep the same shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RobustScaler(nn.Cell):
    """(x - median) / IQR with medians/IQRs fitted offline; NaNs replaced by the median."""

    def __init__(self, medians=(0.0, 1.0, 5.0), iqrs=(1.0, 2.0, 4.0), clip=6.0):
        super().__init__()
        self.median = Parameter(Tensor(np.array(medians, np.float32)), requires_grad=False, name="median")
        self.iqr = Parameter(Tensor(np.array(iqrs, np.float32)), requires_grad=False, name="iqr")
        self.clip = clip

    def construct(self, x):
        missing = ops.isnan(x)
        if missing.any():
            x = ops.where(missing, ops.broadcast_to(self.median, x.shape), x)
        else:
            x = x * 1.0
        z = (x - self.median) / self.iqr
        return ops.clamp(z, -self.clip, self.clip)


def make():
    np.random.seed(47)
    x = (np.random.randn(6, 3) * 2 + 1).astype(np.float32)
    x[3, 2] = np.nan
    return RobustScaler(), (Tensor(x),)
