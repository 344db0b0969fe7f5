# case: flags anomalous dies by robust z-score against wafer median using ops.where to zero non-anomalous scores -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustZScore(nn.Cell):
    def __init__(self, z_limit=3.5):
        super().__init__()
        self.z_limit = z_limit

    def mad(self, x, med):
        return ops.abs(x - med).median(axis=-1, keepdims=True)[0]

    def construct(self, param):
        med = param.median(axis=-1, keepdims=True)[0]
        mad = self.mad(param, med) * 1.4826 + 1e-6
        z = (param - med) / mad
        anomaly = ops.where(ops.abs(z) > self.z_limit, z, ops.zeros_like(z))
        return anomaly, (anomaly != 0).astype(ms.int32).sum(axis=-1)


def make():
    np.random.seed(32)
    p = np.random.normal(1.2, 0.05, size=(3, 30)).astype(np.float32)
    p[1, 7] = 2.0
    return RobustZScore(), (Tensor(p),)
