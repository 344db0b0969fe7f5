# case: jit function computing RiskMetrics EWMA variance with a Python for loop over range(returns.shape[0]) -> loop bound from static shape, compiles fine
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

LAMBDA = 0.94


@ms.jit
def ewma_vol(returns):
    # returns: (T, N)
    var = returns[0] ** 2
    for t in range(1, returns.shape[0]):
        var = LAMBDA * var + (1.0 - LAMBDA) * returns[t] ** 2
    return ops.sqrt(var * 252.0)


def make():
    np.random.seed(31)
    returns = Tensor((np.random.randn(20, 5) * 0.015).astype(np.float32))
    return ewma_vol, (returns,)
