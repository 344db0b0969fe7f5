# case: @ms.jit synthesis step prints an f-string with the predicted total duration tensor for debugging -> unsure; f-string formatting of a tensor inside graph may be rejected or supported via JIT fallback
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

DEBUG = True
FRAMES_PER_SECOND = 86.13


@ms.jit
def synth_step(log_durations, phone_mask):
    durations = ops.clamp(ops.round(ops.exp(log_durations) - 1.0), min=0.0) * phone_mask
    total = durations.sum()
    if DEBUG:
        print(f"predicted {total} frames ({total / FRAMES_PER_SECOND} s)")
    return durations, total


def make():
    np.random.seed(41)
    log_dur = Tensor(np.random.rand(2, 10).astype(np.float32) * 2.0)
    mask = Tensor((np.arange(10)[None, :] < np.array([[10], [7]])).astype(np.float32))
    return synth_step, (log_dur, mask)
