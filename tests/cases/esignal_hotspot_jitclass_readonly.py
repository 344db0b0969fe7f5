# case: transformer hot-spot model reads constants from a jit_class config object built in __init__ (no mutation in construct) -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class ThermalRating:
    def __init__(self, rated_top_oil_rise=55.0, rated_gradient=25.0, n=0.8, m=0.8, r=4.5):
        self.dtheta_to = rated_top_oil_rise
        self.dtheta_h = rated_gradient
        self.n = n
        self.m = m
        self.r = r


class HotSpotModel(nn.Cell):
    """IEEE C57.91-style top-oil and winding hot-spot rise."""

    def __init__(self, rating=None):
        super().__init__()
        self.rating = rating if rating is not None else ThermalRating()

    def construct(self, load_pu, ambient_c):
        rt = self.rating
        k2 = load_pu * load_pu
        top_oil = rt.dtheta_to * ops.pow((k2 * rt.r + 1.0) / (rt.r + 1.0), rt.n)
        hotspot = rt.dtheta_h * ops.pow(load_pu, 2 * rt.m)
        return ambient_c + top_oil + hotspot


def make():
    np.random.seed(102)
    load = Tensor((np.random.rand(24) * 0.6 + 0.6).astype(np.float32))
    amb = Tensor((20 + 8 * np.sin(np.linspace(0, 2 * np.pi, 24))).astype(np.float32))
    return HotSpotModel(ThermalRating(r=5.0)), (load, amb)
