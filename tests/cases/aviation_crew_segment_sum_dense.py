# case: jit-compiled crew pairing step sums per-leg duty hours into pairing totals with a dense 0/1 incidence matrix and a module-level legality flag -> dense matmul and constant flag, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

MAX_DUTY_HOURS = 13.0
LEGAL_CHECK = True


def exceedance(duty, limit=MAX_DUTY_HOURS):
    return ops.relu(duty - limit)


@ms.jit
def pairing_duty_totals(incidence, leg_hours):
    duty = ops.matmul(incidence, leg_hours.expand_dims(1)).squeeze(1)
    if LEGAL_CHECK:
        over = exceedance(duty)
    else:
        over = ops.zeros_like(duty)
    return duty, over


def make():
    np.random.seed(92)
    inc = np.zeros((4, 10), dtype=np.float32)
    for p, (a, b) in enumerate([(0, 3), (3, 5), (5, 8), (8, 10)]):
        inc[p, a:b] = 1.0
    hours = (1 + 5 * np.random.rand(10)).astype(np.float32)
    return pairing_duty_totals, (Tensor(inc), Tensor(hours))
