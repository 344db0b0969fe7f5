# case: zone load estimator with an optional solar-gain input tested with `is None` -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneLoadEstimator(nn.Cell):
    def __init__(self, ua_value=0.35, window_shgc=0.4, window_area=12.0):
        super().__init__()
        self.ua = ua_value
        self.shgc = window_shgc
        self.area = window_area

    def conduction(self, t_in, t_out):
        return self.ua * (t_out - t_in)

    def construct(self, t_in, t_out, solar_irradiance=None):
        load = self.conduction(t_in, t_out)
        if solar_irradiance is not None:
            load = load + self.shgc * self.area * solar_irradiance / 1000.0
        return load


def make():
    np.random.seed(19)
    net = ZoneLoadEstimator()
    t_in = Tensor((22.0 + np.random.rand(6)).astype(np.float32))
    t_out = Tensor((30.0 + 3.0 * np.random.rand(6)).astype(np.float32))
    return net, (t_in, t_out, None)
