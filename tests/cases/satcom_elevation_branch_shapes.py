# case: when mean elevation is low the cell keeps only the first half of the beams, otherwise all beams -> if on tensor value whose branches return different shapes, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LowElevationBeamPruner(nn.Cell):
    def __init__(self, low_elev_deg=25.0):
        super().__init__()
        self.low_elev = low_elev_deg

    def construct(self, elev, beam_power):
        n_beams = beam_power.shape[1]
        if elev.mean() < self.low_elev:
            active = beam_power[:, : n_beams // 2]
        else:
            active = beam_power
        return active * 1.5


def make():
    np.random.seed(17)
    elev = Tensor(np.random.uniform(5, 60, size=(5,)).astype(np.float32))
    power = Tensor(np.random.uniform(1, 5, size=(5, 8)).astype(np.float32))
    return LowElevationBeamPruner(), (elev, power)
