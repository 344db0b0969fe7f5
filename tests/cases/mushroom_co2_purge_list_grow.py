# case: simulate fresh-air purges until CO2 ppm drops below the setpoint, appending each reading to a list -> while on tensor value growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PurgeSimulator(nn.Cell):
    def __init__(self, setpoint_ppm=800.0, exchange=0.35, outside_ppm=420.0):
        super().__init__()
        self.setpoint = Tensor(setpoint_ppm, ms.float32)
        self.exchange = exchange
        self.outside = outside_ppm

    def step(self, ppm):
        return ppm - self.exchange * (ppm - self.outside)

    def construct(self, ppm):
        readings = []
        while ppm > self.setpoint:
            ppm = self.step(ppm)
            readings.append(ppm)
        return ops.stack(readings)


def make():
    np.random.seed(311)
    return PurgeSimulator(), (Tensor(np.array(2400.0, np.float32)),)
