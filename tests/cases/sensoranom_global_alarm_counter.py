# case: jit function that counts alarms into a module-level global across calls -> global state mutation in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TOTAL_ALARMS = 0
ALARM_LEVEL = 2.5


@ms.jit
def score_batch(x, mu, sigma):
    global TOTAL_ALARMS
    z = (x - mu) / sigma
    alarms = (ops.abs(z) > ALARM_LEVEL).astype(ms.int32)
    TOTAL_ALARMS = TOTAL_ALARMS + alarms.sum()
    return alarms, TOTAL_ALARMS


def make():
    np.random.seed(11)
    x = Tensor(np.random.randn(8, 10).astype(np.float32) * 2)
    mu = Tensor(np.zeros((1, 10), np.float32))
    sigma = Tensor(np.ones((1, 10), np.float32))
    return score_batch, (x, mu, sigma)
