# case: average a site x tide-cycle energy matrix along an axis chosen by a mode tensor (0 = per cycle, 1 = per site) -> reduction axis from a tensor value, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def site_energy_mean(energy_mwh, mode):
    axis = int(mode)
    normalised = energy_mwh / energy_mwh.max()
    return ops.mean(normalised, axis)


def make():
    np.random.seed(3305)
    sites = 5
    cycles = 28
    base = np.random.uniform(2.0, 9.0, size=(sites, 1))
    spring_neap = 1.0 + 0.4 * np.cos(2 * np.pi * np.arange(cycles) / 14.0)
    energy = (base * spring_neap + np.random.randn(sites, cycles) * 0.2).astype(np.float32)
    return site_energy_mean, (Tensor(energy), Tensor(1, ms.int32))
