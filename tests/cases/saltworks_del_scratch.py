# case: crystal mass balance that deletes its scratch intermediate with del before returning -> del statement in construct, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NACL_SOLUBILITY = 0.264  # mass fraction at saturation


class CrystalMassBalance(nn.Cell):
    def __init__(self, area_m2=4000.0):
        super().__init__()
        self.area_m2 = area_m2

    def construct(self, density, level_cm, salt_fraction):
        brine_mass_t = self.area_m2 * level_cm / 100.0 * density
        scratch = brine_mass_t * (salt_fraction - NACL_SOLUBILITY)
        crystallised = ops.relu(scratch)
        del scratch
        return crystallised.sum(), crystallised


def make():
    np.random.seed(37)
    density = Tensor(np.random.uniform(1.19, 1.23, size=(6,)).astype(np.float32))
    level = Tensor(np.random.uniform(10.0, 30.0, size=(6,)).astype(np.float32))
    frac = Tensor(np.random.uniform(0.25, 0.29, size=(6,)).astype(np.float32))
    return CrystalMassBalance(), (density, level, frac)
