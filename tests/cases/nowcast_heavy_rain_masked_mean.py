# case: mean rain rate over heavy-rain pixels computed with a fixed-size mask multiplied in and divided by the mask sum -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeavyRainMean(nn.Cell):
    def __init__(self, threshold_mmh=10.0, a=200.0, b=1.6):
        super().__init__()
        self.threshold = threshold_mmh
        self.a = a
        self.b = b

    def dbz_to_rain(self, dbz):
        z = ops.pow(10.0, dbz / 10.0)
        return ops.pow(z / self.a, 1.0 / self.b)

    def construct(self, radar_dbz):
        rain = self.dbz_to_rain(radar_dbz)
        mask = (rain > self.threshold).astype(ms.float32)
        count = mask.sum()
        mean_heavy = (rain * mask).sum() / ops.maximum(count, 1.0)
        return mean_heavy, count


def make():
    np.random.seed(100)
    dbz = Tensor(np.random.uniform(5, 55, (1, 16, 16)).astype(np.float32))
    return HeavyRainMean(), (dbz,)
