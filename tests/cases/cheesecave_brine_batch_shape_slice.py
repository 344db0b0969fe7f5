# case: split the brine tank wheel table into the first and second rack using half of x.shape[0] -> slice bound from the static shape, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RackSaltBalance(nn.Cell):
    def __init__(self, brine_conc=0.22):
        super().__init__()
        self.brine_conc = brine_conc

    def rack_uptake(self, rack):
        hours, thickness = rack[:, 0], rack[:, 1]
        return self.brine_conc * ops.sqrt(hours) / (thickness * 100.0)

    def construct(self, wheels):
        half = wheels.shape[0] // 2
        top_rack = wheels[:half]
        bottom_rack = wheels[half:]
        # the bottom rack sits in denser brine
        diff = self.rack_uptake(bottom_rack).mean() * 1.05 - self.rack_uptake(top_rack).mean()
        return diff


def make():
    np.random.seed(3212)
    w = np.stack([np.random.uniform(4, 48, 10), np.random.uniform(0.05, 0.12, 10)], axis=1)
    return RackSaltBalance(), (Tensor(w.astype(np.float32)),)
