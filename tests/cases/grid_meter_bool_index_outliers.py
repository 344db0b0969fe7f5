# case: extracts the outlier meter readings with boolean-mask indexing and returns their mean excess over the threshold -> dynamic shape from boolean indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OutlierExcess(nn.Cell):
    def __init__(self, k=2.5):
        super().__init__()
        self.k = k

    def threshold(self, readings):
        return readings.mean() + self.k * readings.std()

    def construct(self, readings):
        thr = self.threshold(readings)
        outliers = readings[readings > thr]
        excess = outliers - thr
        return excess.sum() / (excess.size + 1e-6), outliers


def make():
    np.random.seed(13)
    readings = np.random.normal(10.0, 1.0, size=(64,)).astype(np.float32)
    readings[[3, 17, 40]] = [18.0, 16.5, 21.0]
    return OutlierExcess(), (Tensor(readings),)
