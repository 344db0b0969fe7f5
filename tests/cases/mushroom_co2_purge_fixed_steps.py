# case: simulate a fixed number of fresh-air purges recording CO2 ppm, stopping the decay once below setpoint via ops.select -> fixed loop count, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PurgeSimulator(nn.Cell):
    def __init__(self, setpoint_ppm=800.0, exchange=0.35, outside_ppm=420.0, n_steps=8):
        super().__init__()
        self.setpoint = Tensor(setpoint_ppm, ms.float32)
        self.exchange = exchange
        self.outside = outside_ppm
        self.n_steps = n_steps

    def step(self, ppm):
        return ppm - self.exchange * (ppm - self.outside)

    def construct(self, ppm):
        readings = []
        for _ in range(self.n_steps):
            nxt = self.step(ppm)
            ppm = ops.select(ppm > self.setpoint, nxt, ppm)
            readings.append(ppm)
        return ops.stack(readings)


def make():
    np.random.seed(312)
    ppm = Tensor(np.random.uniform(1800, 2600, size=(3,)).astype(np.float32))
    return PurgeSimulator(), (ppm,)
