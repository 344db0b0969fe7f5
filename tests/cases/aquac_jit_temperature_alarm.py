# case: a jit function computes degree-hours above a thermal limit per tank using ops.where and a cumulative sum -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

THERMAL_LIMIT_C = 25.0


@ms.jit
def thermal_stress(temps_c, hours_per_step):
    excess = ops.where(temps_c > THERMAL_LIMIT_C, temps_c - THERMAL_LIMIT_C, ops.zeros_like(temps_c))
    degree_hours = ops.cumsum(excess * hours_per_step, axis=1)
    alarm = degree_hours[:, -1] > 10.0
    return degree_hours, alarm


def make():
    np.random.seed(30)
    temps = Tensor((np.random.rand(4, 24) * 6 + 22).astype(np.float32))
    hours = Tensor(np.array(1.0, dtype=np.float32))
    return thermal_stress, (temps, hours)
