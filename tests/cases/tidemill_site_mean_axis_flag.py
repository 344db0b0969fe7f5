# case: average a site x tide-cycle energy matrix along an axis chosen by a Python keyword flag bound at make time -> axis is a Python constant, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PER_SITE = True


@ms.jit
def site_energy_mean_fixed(energy_mwh):
    axis = 1 if PER_SITE else 0
    normalised = energy_mwh / energy_mwh.max()
    return ops.mean(normalised, axis)


def make():
    np.random.seed(3306)
    sites = 5
    cycles = 28
    base = np.random.uniform(2.0, 9.0, size=(sites, 1))
    spring_neap = 1.0 + 0.4 * np.cos(2 * np.pi * np.arange(cycles) / 14.0)
    energy = (base * spring_neap + np.random.randn(sites, cycles) * 0.2).astype(np.float32)
    return site_energy_mean_fixed, (Tensor(energy),)
