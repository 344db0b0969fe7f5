# case: @ms.jit function computing rolling-baseline z-scores and an alarm mask with ops.where -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

Z_LIMIT = 3.0
BASELINE_STEPS = 10


@ms.jit
def zscore_alarm(x):
    base = x[:, :BASELINE_STEPS]
    mu = base.mean(axis=1, keep_dims=True)
    sd = base.std(axis=1, keepdims=True) + 1e-6
    z = (x - mu) / sd
    alarm = ops.where(ops.abs(z) > Z_LIMIT, ops.ones_like(z), ops.zeros_like(z))
    return z, alarm


def make():
    np.random.seed(43)
    x = np.random.randn(4, 30).astype(np.float32)
    x[1, 22] += 8.0
    return zscore_alarm, (Tensor(x),)
