# case: ms.jit Kaplan-Meier estimate on a fixed evaluation grid passed as a tensor, using broadcast comparisons -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def kaplan_meier_on_grid(times, events, grid):
    at_risk = (times.expand_dims(0) >= grid.expand_dims(1)).astype(ms.float32).sum(axis=1)
    deaths = ((times.expand_dims(0) == grid.expand_dims(1)).astype(ms.float32) * events).sum(axis=1)
    safe = ops.maximum(at_risk, ops.ones_like(at_risk))
    step = ops.where(at_risk > 0, 1.0 - deaths / safe, ops.ones_like(at_risk))
    return ops.cumprod(step, 0)


def make():
    np.random.seed(26)
    times = Tensor(np.array([2, 4, 4, 6, 9, 11, 13], dtype=np.float32))
    events = Tensor(np.array([1, 1, 0, 1, 0, 1, 1], dtype=np.float32))
    grid = Tensor(np.arange(1, 15, dtype=np.float32))
    return kaplan_meier_on_grid, (times, events, grid)
