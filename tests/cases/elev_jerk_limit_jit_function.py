# case: an ms.jit function differentiates the car acceleration trace to jerk with shape-based slices and reports the ISO-style max jerk -> slices from static shapes, static graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def jerk_report(accel, dt, limit):
    n = accel.shape[0]
    jerk = (accel[1:n] - accel[0:n - 1]) / dt
    max_jerk = ops.abs(jerk).max()
    over = (ops.abs(jerk) > limit).astype(ms.float32).sum()
    return max_jerk, over


def make():
    np.random.seed(35)
    t = np.linspace(0, 4, 80)
    accel = (np.tanh(3 * (t - 1)) - np.tanh(3 * (t - 3))) * 0.5 + 0.01 * np.random.randn(80)
    return jerk_report, (Tensor(accel.astype(np.float32)), 0.05, 2.0)
