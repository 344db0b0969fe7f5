# case: @ms.jit synthesis step with a debug print of an f-string guarded by a module constant DEBUG=False -> static (branch removed at compile time)
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

DEBUG = False
FRAMES_PER_SECOND = 86.13


def _debug(msg):
    if DEBUG:
        print(msg)


@ms.jit
def synth_step(log_durations, phone_mask):
    durations = ops.clamp(ops.round(ops.exp(log_durations) - 1.0), min=0.0) * phone_mask
    total = durations.sum()
    if DEBUG:
        _debug(f"predicted {total} frames ({total / FRAMES_PER_SECOND} s)")
    seconds = total / FRAMES_PER_SECOND
    return durations, seconds


def make():
    np.random.seed(42)
    log_dur = Tensor(np.random.rand(2, 10).astype(np.float32) * 2.0)
    mask = Tensor((np.arange(10)[None, :] < np.array([[10], [7]])).astype(np.float32))
    return synth_step, (log_dur, mask)
