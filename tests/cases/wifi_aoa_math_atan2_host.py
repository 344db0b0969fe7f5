# case: estimate angle of arrival from the phase difference of two antennas using math.atan2 and math.asin on tensors -> error (math on tensor)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TwoAntennaAoA(nn.Cell):
    def __init__(self, spacing_wl=0.5):
        super().__init__()
        self.spacing_wl = spacing_wl

    def construct(self, re0, im0, re1, im1):
        # conj(x0) * x1 summed over snapshots
        cr = (re0 * re1 + im0 * im1).sum()
        ci = (re0 * im1 - im0 * re1).sum()
        dphi = math.atan2(ci, cr)
        s = dphi / (2 * math.pi * self.spacing_wl)
        theta = math.asin(max(-1.0, min(1.0, s)))
        return theta * 180.0 / math.pi


def make():
    np.random.seed(10)
    args = tuple(Tensor(np.random.randn(16).astype(np.float32)) for _ in range(4))
    return TwoAntennaAoA(), args
