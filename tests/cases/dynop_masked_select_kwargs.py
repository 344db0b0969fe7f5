# case: outlier filter calls ops.masked_select with keyword arguments input=/mask=
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OutlierFilter(nn.Cell):
    def __init__(self, z=1.5):
        super().__init__()
        self.z = z
        self.enc = nn.Dense(3, 1)

    def construct(self, x):
        s = self.enc(x).squeeze(-1)
        mu, sd = s.mean(), s.std()
        inliers = ops.masked_select(input=s, mask=ops.abs(s - mu) < self.z * sd)
        return inliers.mean()


def make():
    return OutlierFilter(), (Tensor(np.random.randn(10, 3).astype(np.float32)),)
