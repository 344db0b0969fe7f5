# case: simulate a fixed run of 20 stamper pressing cycles, stacking each cycle's groove loss -> loop over range of Python int, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StamperLifeSim(nn.Cell):
    def __init__(self, n_cycles=20, growth=0.05):
        super().__init__()
        self.n_cycles = n_cycles
        self.growth = growth

    def construct(self, wear_per_press, start_wear):
        wear = start_wear
        losses = []
        for _ in range(self.n_cycles):
            loss = wear_per_press * (1.0 + self.growth * wear)
            wear = wear + loss.sum()
            losses.append(loss)
        return ops.stack(losses), wear


def make():
    np.random.seed(13)
    wpp = (np.random.rand(6) * 0.2).astype(np.float32)
    return StamperLifeSim(), (Tensor(wpp), Tensor(0.0, ms.float32))
