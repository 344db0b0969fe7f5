# case: @ms.jit function runs economic dispatch iterations for a number of steps given as a tensor via range(int(steps)) -> error (loop count from tensor value)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def lambda_iteration(cost_a, cost_b, demand, steps):
    lam = cost_b.mean()
    p = ops.zeros_like(cost_a)
    for _ in range(int(steps)):
        p = ops.relu((lam - cost_b) / (2.0 * cost_a))
        mismatch = demand - p.sum()
        lam = lam + 0.01 * mismatch
    return p, lam


def make():
    np.random.seed(34)
    a = Tensor(np.random.uniform(0.01, 0.05, size=(6,)).astype(np.float32))
    b = Tensor(np.random.uniform(10, 30, size=(6,)).astype(np.float32))
    demand = Tensor(np.array(600.0, dtype=np.float32))
    steps = Tensor(np.array(20, dtype=np.int32))
    return lambda_iteration, (a, b, demand, steps)
