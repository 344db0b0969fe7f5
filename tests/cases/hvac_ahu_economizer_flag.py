# case: air-handling unit mixing model with an economizer mode chosen by a Python bool constructor flag -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MixingBox(nn.Cell):
    def __init__(self, min_oa_fraction=0.2):
        super().__init__()
        self.min_oa = min_oa_fraction

    def construct(self, t_return, t_outdoor, oa_frac):
        frac = ops.clamp(oa_frac, self.min_oa, 1.0)
        return frac * t_outdoor + (1.0 - frac) * t_return


class AHUModel(nn.Cell):
    def __init__(self, economizer=True, supply_sp=13.0):
        super().__init__()
        self.economizer = economizer
        self.supply_sp = supply_sp
        self.mix = MixingBox()

    def construct(self, t_return, t_outdoor):
        if self.economizer:
            oa_frac = ops.sigmoid(t_return - t_outdoor - 2.0)
        else:
            oa_frac = ops.zeros_like(t_return)
        t_mixed = self.mix(t_return, t_outdoor, oa_frac)
        coil_load = ops.relu(t_mixed - self.supply_sp)
        return t_mixed, coil_load


def make():
    np.random.seed(15)
    net = AHUModel(economizer=True)
    t_ret = Tensor((24.0 + np.random.rand(10)).astype(np.float32))
    t_out = Tensor((10.0 + 15.0 * np.random.rand(10)).astype(np.float32))
    return net, (t_ret, t_out)
