# case: ms.jit function builds the distinct event-time grid with .tolist() and Python sorted(set()) -> host round trip and set of tensor data in graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def kaplan_meier_grid(times, events):
    event_times = (times * events).tolist()
    grid = sorted(set(t for t in event_times if t > 0))
    grid_t = Tensor(grid, ms.float32)
    at_risk = (times.expand_dims(0) >= grid_t.expand_dims(1)).astype(ms.float32).sum(axis=1)
    deaths = ((times.expand_dims(0) == grid_t.expand_dims(1)).astype(ms.float32) * events).sum(axis=1)
    return ops.cumprod(1.0 - deaths / at_risk, 0)


def make():
    np.random.seed(25)
    times = Tensor(np.array([2, 4, 4, 6, 9, 11, 13], dtype=np.float32))
    events = Tensor(np.array([1, 1, 0, 1, 0, 1, 1], dtype=np.float32))
    return kaplan_meier_grid, (times, events)
