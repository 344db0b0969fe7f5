# case: @ms.jit function that finds links whose speed drop exceeds a threshold with argwhere-style nonzero and returns their upstream flows -> dynamic shape in jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def upstream_flows_of_drops(speed_prev, speed_now, upstream_flow):
    drop = (speed_prev - speed_now) / ops.maximum(speed_prev, 1.0)
    idx = ops.nonzero(drop > 0.3).squeeze(-1)
    flows = ops.gather(upstream_flow, idx, 0)
    return flows, idx


def make():
    np.random.seed(31)
    prev = Tensor(np.random.uniform(40, 80, size=(12,)).astype(np.float32))
    now = Tensor((prev.asnumpy() * np.random.uniform(0.4, 1.0, size=12)).astype(np.float32))
    flow = Tensor(np.random.uniform(100, 800, size=(12, 3)).astype(np.float32))
    return upstream_flows_of_drops, (prev, now, flow)
