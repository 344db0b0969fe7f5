# case: jit function smoothing SNR measurements with an exponential filter and clipping to a link-quality range before deciding link up/down -> static shapes in ms.jit
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

ALPHA = 0.3
SNR_MIN, SNR_MAX = -5.0, 25.0


@ms.jit
def filter_and_decide(prev_filtered, measured, up_thr, down_thr, link_up):
    filt = (1.0 - ALPHA) * prev_filtered + ALPHA * measured
    filt = ops.clip(filt, SNR_MIN, SNR_MAX)
    go_up = ops.logical_and(ops.logical_not(link_up), filt > up_thr)
    go_down = ops.logical_and(link_up, filt < down_thr)
    new_up = ops.logical_or(go_up, ops.logical_and(link_up, ops.logical_not(go_down)))
    return filt, new_up


def make():
    np.random.seed(44)
    prev = Tensor(np.random.uniform(0, 15, size=(10,)).astype(np.float32))
    meas = Tensor(np.random.uniform(-5, 20, size=(10,)).astype(np.float32))
    up = Tensor(np.random.rand(10) > 0.5)
    return filter_and_decide, (prev, meas, Tensor(8.0, ms.float32), Tensor(4.0, ms.float32), up)
