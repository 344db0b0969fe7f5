# case: LiDAR residual anomalies scored with a fixed-size mask from ops.where and multiplied in, then averaged with a safe count -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LocalRelief(nn.Cell):
    def __init__(self, k=5):
        super().__init__()
        self.pool = nn.AvgPool2d(kernel_size=k, stride=1, pad_mode="same")

    def construct(self, dem):
        return dem - self.pool(dem)


class AnomalyScore(nn.Cell):
    def __init__(self, sigma_factor=1.5):
        super().__init__()
        self.relief = LocalRelief()
        self.sigma_factor = sigma_factor

    def construct(self, dem):
        lrm = self.relief(dem)
        thr = self.sigma_factor * lrm.std()
        mask = ops.where(ops.abs(lrm) > thr, ops.ones_like(lrm), ops.zeros_like(lrm))
        count = ops.maximum(mask.sum(), 1.0)
        score = (ops.abs(lrm) * mask).sum() / count
        return score, mask


def make():
    np.random.seed(31)
    dem = np.random.randn(1, 1, 20, 20).astype(np.float32) * 0.1
    dem[0, 0, 5:7, 3:15] += 0.8
    return AnomalyScore(), (Tensor(dem),)
