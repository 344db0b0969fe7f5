# case: @ms.jit function sorting wheels by ripeness and returning the ready ones, the count of ready wheels taken with int() of a sum -> slice length from tensor value, expect Graph mode to reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def ripeness(ph, proteolysis, age_weeks):
    return 0.5 * proteolysis + 0.02 * age_weeks + 0.3 * (ph - 5.0)


@ms.jit
def ready_wheels(ph, proteolysis, age_weeks, threshold):
    score = ripeness(ph, proteolysis, age_weeks)
    n_ready = int((score > threshold).astype(ms.int32).sum())
    sorted_score, order = ops.sort(score, descending=True)
    return order[:n_ready], sorted_score[:n_ready]


def make():
    np.random.seed(3239)
    n = 12
    ph = np.random.uniform(5.0, 5.6, n).astype(np.float32)
    prot = np.random.uniform(0.1, 0.6, n).astype(np.float32)
    age = np.random.uniform(2, 30, n).astype(np.float32)
    return ready_wheels, (Tensor(ph), Tensor(prot), Tensor(age), Tensor(0.45, ms.float32))
