# case: returns only the oxygen and temperature columns when mean ammonia is high, otherwise all sensor columns -> branches give different shapes, error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WaterQualityGate(nn.Cell):
    def __init__(self, ammonia_limit=0.5):
        super().__init__()
        self.ammonia_limit = ammonia_limit

    def construct(self, readings):
        # readings columns: dissolved_o2, temp_c, ph, ammonia
        ammonia = readings[:, 3]
        if ammonia.mean() > self.ammonia_limit:
            out = readings[:, :2]
        else:
            out = readings
        return out * 1.0


def make():
    np.random.seed(4)
    readings = np.random.rand(10, 4).astype(np.float32)
    readings[:, 3] *= 1.2
    return WaterQualityGate(), (Tensor(readings),)
