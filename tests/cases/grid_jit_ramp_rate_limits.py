# case: @ms.jit function enforces generator ramp-rate limits on a dispatch schedule with a constant-length loop over hours and ops.clip_by_value -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

HOURS = 12


@ms.jit
def enforce_ramp(schedule, ramp_up, ramp_down, p_min, p_max):
    prev = schedule[:, 0]
    rows = [prev]
    for h in range(1, HOURS):
        lo = ops.maximum(prev - ramp_down, p_min)
        hi = ops.minimum(prev + ramp_up, p_max)
        prev = ops.minimum(ops.maximum(schedule[:, h], lo), hi)
        rows.append(prev)
    return ops.stack(rows, axis=1)


def make():
    np.random.seed(35)
    sched = Tensor(np.random.uniform(50, 300, size=(5, HOURS)).astype(np.float32))
    up = Tensor(np.full((5,), 40.0, np.float32))
    down = Tensor(np.full((5,), 50.0, np.float32))
    pmin = Tensor(np.full((5,), 40.0, np.float32))
    pmax = Tensor(np.full((5,), 320.0, np.float32))
    return enforce_ramp, (sched, up, down, pmin, pmax)
