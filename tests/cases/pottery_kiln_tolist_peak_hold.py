# case: pull the programmed kiln setpoints to the host with .tolist(), find the peak and how many segments hold at it with list methods, then normalise readings -> host round trip in construct, problem in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakHoldNormaliser(nn.Cell):
    def __init__(self, cone_offset=0.0):
        super().__init__()
        self.cone_offset = cone_offset

    def construct(self, setpoints, readings):
        sp = setpoints.tolist()
        peak = max(sp) + self.cone_offset
        hold_segments = sp.count(max(sp))
        rel = readings / peak
        return rel, rel.mean() * hold_segments


def make():
    np.random.seed(24)
    sp = np.array([20.0, 100.0, 600.0, 1000.0, 1240.0, 1240.0], np.float32)
    readings = np.random.uniform(900.0, 1250.0, size=(10,)).astype(np.float32)
    return PeakHoldNormaliser(), (Tensor(sp), Tensor(readings))
