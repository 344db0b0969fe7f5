# case: @ms.jit function that moves the GNSS component axis first with a constant permutation and detrends each series -> constant perm, Graph mode should compile
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

COMPONENT_FIRST = (2, 1, 0)


@ms.jit
def component_first_detrend(enu):
    x = ops.transpose(enu, COMPONENT_FIRST)          # (3, stations, epochs)
    n = x.shape[-1]
    t = ops.arange(n).astype(ms.float32)
    t = t - t.mean()
    slope = (x * t).sum(axis=-1, keepdims=True) / (t * t).sum()
    return x - x.mean(axis=-1, keep_dims=True) - slope * t


def make():
    np.random.seed(182)
    enu = Tensor(np.random.randn(30, 4, 3).astype(np.float32))
    return component_first_detrend, (enu,)
