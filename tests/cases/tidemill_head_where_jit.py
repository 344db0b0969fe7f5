# case: jit-compiled two-way tidal generation head: pick ebb or flood head per sample with three-argument ops.where and zero below minimum operating head -> elementwise selection, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MIN_HEAD_M = 1.0


def operating_head(basin, sea):
    ebb = basin - sea
    flood = sea - basin
    return ops.where(ebb > flood, ebb, flood)


@ms.jit
def two_way_power(basin, sea, turbine_flow):
    head = operating_head(basin, sea)
    usable = ops.where(head > MIN_HEAD_M, head, ops.zeros_like(head))
    power_mw = 1025.0 * 9.81 * turbine_flow * usable * 0.85 / 1.0e6
    return power_mw, power_mw.sum() * 0.5


def make():
    np.random.seed(3310)
    t = np.linspace(0, 4 * np.pi, 48)
    sea = 3.0 * np.sin(t)
    basin = 3.0 * np.sin(t - 0.9) * 0.7
    flow = np.full(48, 240.0) + np.random.randn(48) * 5
    return two_way_power, (Tensor(basin.astype(np.float32)), Tensor(sea.astype(np.float32)), Tensor(flow.astype(np.float32)))
