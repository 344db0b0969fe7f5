# case: jit Lyne-Hollick baseflow filter looping over hours with the count taken from flow.shape -> constant loop, static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

ALPHA = 0.925


@ms.jit
def lyne_hollick_baseflow(flow):
    n_hours = flow.shape[0]
    quick = flow[0] * 0.0
    base = [flow[0]]
    for t in range(1, n_hours):
        quick = ALPHA * quick + (1.0 + ALPHA) / 2.0 * (flow[t] - flow[t - 1])
        quick = ops.maximum(quick, 0.0)
        base.append(flow[t] - quick)
    baseflow = ops.stack(base)
    bfi = baseflow.sum() / flow.sum()
    return baseflow, bfi


def make():
    np.random.seed(33)
    flow = (5.0 + np.cumsum(np.random.normal(0.0, 0.8, size=(20,)))).clip(1.0).astype(np.float32)
    return lyne_hollick_baseflow, (Tensor(flow),)
