# case: @ms.jit Riegel finish-time prediction that imports math inside the function to compute the fatigue exponent -> import statement inside the compiled function, expect Graph mode to reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def riegel_predict(known_time_s, known_km, target_km):
    import math
    exponent = 1.06 + 0.0 * math.log(2.0)
    ratio = target_km / known_km
    return known_time_s * ops.pow(ratio, exponent)


def make():
    np.random.seed(201)
    known = Tensor(np.random.normal(2700, 200, 16).astype(np.float32))   # 10k times
    known_km = Tensor(np.full(16, 10.0, dtype=np.float32))
    target = Tensor(np.full(16, 42.195, dtype=np.float32))
    return riegel_predict, (known, known_km, target)
