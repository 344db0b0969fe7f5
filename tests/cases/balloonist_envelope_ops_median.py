# case: compute the median crown temperature with ops.median and centre the readings -> tensor op instead of NumPy, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrownTempFilter(nn.Cell):
    def __init__(self, offset_c=2.0):
        super().__init__()
        self.offset = offset_c

    def construct(self, crown_temps):
        med, _ = ops.median(crown_temps, axis=-1, keepdims=True)
        centred = crown_temps - med
        return centred + self.offset


def make():
    np.random.seed(122)
    temps = Tensor((95 + np.random.rand(24) * 10).astype(np.float32))
    return CrownTempFilter(), (temps,)
