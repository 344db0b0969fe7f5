# case: jit function computing VWAP over the last n trades where n comes from a tensor and indices are built with ops.arange from it -> arange with tensor bound gives data-dependent size, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def recent_vwap(prices, volumes, n_recent):
    t = prices.shape[0]
    idx = ops.arange(t - n_recent, t)
    p = ops.gather(prices, idx, 0)
    v = ops.gather(volumes, idx, 0)
    return (p * v).sum() / (v.sum() + 1e-9)


def make():
    np.random.seed(30)
    prices = Tensor((100 + np.cumsum(np.random.randn(50) * 0.05)).astype(np.float32))
    volumes = Tensor(np.random.randint(1, 500, 50).astype(np.float32))
    return recent_vwap, (prices, volumes, Tensor(12, ms.int32))
