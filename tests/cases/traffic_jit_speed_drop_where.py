# case: @ms.jit function marking links whose relative speed drop exceeds a threshold with ops.where and zeroing the rest of the upstream flows -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

DROP_THRESHOLD = 0.3


@ms.jit
def masked_upstream_flows(speed_prev, speed_now, upstream_flow):
    drop = (speed_prev - speed_now) / ops.maximum(speed_prev, 1.0)
    is_drop = drop > DROP_THRESHOLD
    flows = ops.where(ops.expand_dims(is_drop, -1), upstream_flow, ops.zeros_like(upstream_flow))
    n_drops = is_drop.astype(ms.int32).sum()
    return flows, n_drops


def make():
    np.random.seed(32)
    prev = Tensor(np.random.uniform(40, 80, size=(12,)).astype(np.float32))
    now = Tensor((prev.asnumpy() * np.random.uniform(0.4, 1.0, size=12)).astype(np.float32))
    flow = Tensor(np.random.uniform(100, 800, size=(12, 3)).astype(np.float32))
    return masked_upstream_flows, (prev, now, flow)
