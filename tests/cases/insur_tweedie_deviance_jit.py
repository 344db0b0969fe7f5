# case: jit-compiled Tweedie deviance for pure-premium modelling with a Python float power parameter -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

TWEEDIE_POWER = 1.5


@ms.jit
def tweedie_deviance(y, mu, weights):
    p = TWEEDIE_POWER
    term1 = ops.pow(ops.maximum(y, ops.zeros_like(y)), 2.0 - p) / ((1.0 - p) * (2.0 - p))
    term2 = y * ops.pow(mu, 1.0 - p) / (1.0 - p)
    term3 = ops.pow(mu, 2.0 - p) / (2.0 - p)
    dev = 2.0 * (term1 - term2 + term3)
    return (dev * weights).sum() / weights.sum()


def make():
    np.random.seed(31)
    y = np.random.gamma(0.3, 800.0, size=(25,)).astype(np.float32)
    y[np.random.rand(25) > 0.4] = 0.0
    mu = np.random.uniform(100, 400, size=(25,)).astype(np.float32)
    w = np.random.uniform(0.2, 1.0, size=(25,)).astype(np.float32)
    return tweedie_deviance, (Tensor(y), Tensor(mu), Tensor(w))
