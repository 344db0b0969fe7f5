# case: selects setpoints of occupied rooms by boolean-mask indexing x[mask] and averages them -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupiedSetpointMean(nn.Cell):
    def __init__(self, co2_threshold=700.0):
        super().__init__()
        self.co2_threshold = co2_threshold

    def occupied(self, co2_ppm):
        return co2_ppm > self.co2_threshold

    def construct(self, setpoints, co2_ppm):
        mask = self.occupied(co2_ppm)
        occ_sp = setpoints[mask]
        return occ_sp.mean(), occ_sp.shape[0]


def make():
    np.random.seed(14)
    net = OccupiedSetpointMean()
    sp = Tensor((20.0 + 3.0 * np.random.rand(20)).astype(np.float32))
    co2 = Tensor((400.0 + 600.0 * np.random.rand(20)).astype(np.float32))
    return net, (sp, co2)
