# case: transformer hot-spot model keeps a jit_class thermal state object and mutates its fields inside construct -> attribute mutation of jit_class instance in graph, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ThermalState:
    def __init__(self):
        self.top_oil_rise = 0.0
        self.hotspot_rise = 0.0


class HotSpotModel(nn.Cell):
    """IEEE C57.91-style top-oil and winding hot-spot rise."""

    def __init__(self, rated_top_oil_rise=55.0, rated_gradient=25.0, n=0.8, m=0.8, r=4.5):
        super().__init__()
        self.dtheta_to = rated_top_oil_rise
        self.dtheta_h = rated_gradient
        self.n = n
        self.m = m
        self.r = r
        self.state = ThermalState()

    def construct(self, load_pu, ambient_c):
        k2 = load_pu * load_pu
        self.state.top_oil_rise = self.dtheta_to * ops.pow((k2 * self.r + 1.0) / (self.r + 1.0), self.n)
        self.state.hotspot_rise = self.dtheta_h * ops.pow(load_pu, 2 * self.m)
        return ambient_c + self.state.top_oil_rise + self.state.hotspot_rise


def make():
    np.random.seed(101)
    load = Tensor((np.random.rand(24) * 0.6 + 0.6).astype(np.float32))
    amb = Tensor((20 + 8 * np.sin(np.linspace(0, 2 * np.pi, 24))).astype(np.float32))
    return HotSpotModel(), (load, amb)
