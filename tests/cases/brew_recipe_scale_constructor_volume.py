# case: scales grain bill and hop additions by a volume ratio fixed in the constructor, with hop utilisation from a plain config object -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BrewhouseConfig:
    def __init__(self, base_volume_l=20.0, efficiency=0.72, hop_utilisation=0.25):
        self.base_volume_l = base_volume_l
        self.efficiency = efficiency
        self.hop_utilisation = hop_utilisation


class ScaledRecipe(nn.Cell):
    def __init__(self, target_volume_l, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else BrewhouseConfig()
        self.ratio = target_volume_l / cfg.base_volume_l
        self.efficiency = cfg.efficiency
        self.util = cfg.hop_utilisation
        self.volume = target_volume_l

    def construct(self, grain_kg, ppg, hops_g, alpha_acid):
        grain = grain_kg * self.ratio
        hops = hops_g * self.ratio
        points = (grain * ppg).sum() * self.efficiency / self.volume
        ibu = (hops * alpha_acid * self.util * 10.0).sum() / self.volume
        return grain, hops, points, ibu


def make():
    np.random.seed(9)
    grain = Tensor(np.array([4.5, 0.5, 0.25], np.float32))
    ppg = Tensor(np.array([300.0, 280.0, 250.0], np.float32))
    hops = Tensor(np.array([30.0, 20.0], np.float32))
    aa = Tensor(np.array([0.12, 0.05], np.float32))
    return ScaledRecipe(45.0), (grain, ppg, hops, aa)
