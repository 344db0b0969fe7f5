# case: jit function counts rumination bouts per hour of day with ops.bincount whose output length depends on the data -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def rumination_profile(bout_hour, bout_minutes):
    counts = ops.bincount(bout_hour)
    minutes = ops.bincount(bout_hour, weights=bout_minutes)
    mean_len = minutes / ops.maximum(counts.astype(ms.float32), ops.ones_like(minutes))
    return counts, mean_len


def make():
    np.random.seed(34)
    hours = np.random.randint(0, 24, (30,)).astype(np.int32)
    mins = np.random.uniform(10.0, 60.0, (30,)).astype(np.float32)
    return rumination_profile, (Tensor(hours), Tensor(mins))
