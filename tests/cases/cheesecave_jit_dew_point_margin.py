# case: @ms.jit function computing the dew-point margin of cave air (Magnus formula) from temperature and humidity grids -> pure tensor ops, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAGNUS_A = 17.62
MAGNUS_B = 243.12


@ms.jit
def dew_point_margin(temp_c, rh_pct):
    gamma = ops.log(rh_pct / 100.0) + MAGNUS_A * temp_c / (MAGNUS_B + temp_c)
    dew = MAGNUS_B * gamma / (MAGNUS_A - gamma)
    margin = temp_c - dew
    risk = ops.where(margin < 1.0, ops.ones_like(margin), ops.zeros_like(margin))
    return margin.min(axis=1), risk.mean(axis=1)


def make():
    np.random.seed(3238)
    temp = (10.5 + np.random.rand(4, 24)).astype(np.float32)
    rh = (88 + 8 * np.random.rand(4, 24)).astype(np.float32)
    return dew_point_margin, (Tensor(temp), Tensor(rh))
