# case: @ms.jit Riegel finish-time prediction that switches the fatigue exponent for ultra distances with ops.select -> elementwise select, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ROAD_EXP = 1.06
ULTRA_EXP = 1.09


@ms.jit
def riegel_predict_select(known_time_s, known_km, target_km):
    ultra = target_km > 42.195
    exponent = ops.select(ultra, ops.full_like(target_km, ULTRA_EXP), ops.full_like(target_km, ROAD_EXP))
    return known_time_s * ops.pow(target_km / known_km, exponent)


def make():
    np.random.seed(202)
    known = Tensor(np.random.normal(2700, 200, 16).astype(np.float32))
    known_km = Tensor(np.full(16, 10.0, dtype=np.float32))
    target = Tensor(np.where(np.arange(16) % 2 == 0, 42.195, 50.0).astype(np.float32))
    return riegel_predict_select, (known, known_km, target)
