# case: jit function computes discounted cumulative route costs for a plan with a fixed max length using cumsum and a step-validity mask -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def cumulative_route_cost(step_costs, n_steps, discount):
    L = step_costs.shape[0]
    pos = ops.arange(L).astype(ms.float32)
    valid = (pos < n_steps.astype(ms.float32)).astype(ms.float32)
    w = ops.pow(discount, -pos)
    disc = ops.cumsum(step_costs * valid * w, axis=0) * ops.pow(discount, pos)
    return disc * valid


def make():
    np.random.seed(37)
    costs = Tensor(np.abs(np.random.randn(6)).astype(np.float32))
    return cumulative_route_cost, (costs, Tensor(4, ms.int32), Tensor(0.9, ms.float32))
