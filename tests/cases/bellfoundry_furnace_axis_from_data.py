# case: average furnace thermocouple readings over either the sensor or the time axis, the axis chosen by int() of a layout tensor sent with the log -> reduce axis from tensor value, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FurnaceAverage(nn.Cell):
    def __init__(self, bronze_melt=950.0):
        super().__init__()
        self.bronze_melt = bronze_melt

    def construct(self, readings, layout):
        axis = int(layout)
        mean_t = readings.mean(axis=axis)
        above = (mean_t > self.bronze_melt).astype(ms.float32)
        return mean_t, above.mean()


def make():
    np.random.seed(101)
    readings = (900.0 + 150.0 * np.random.rand(40, 4)).astype(np.float32)
    return FurnaceAverage(), (Tensor(readings), Tensor(np.int32(1)))
