# case: @ms.jit helper splits an event-embedding sequence into bars, looping for int(n_bars) iterations where n_bars is a tensor from the tokenizer, and averages each bar -> loop count from tensor data, Graph mode rejects
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STEPS_PER_BAR = 4

def _bar_mean(h, start):
    return h[:, start:start + STEPS_PER_BAR, :].mean(axis=1)

@ms.jit
def bar_summaries(hidden, n_bars):
    bars = []
    for i in range(int(n_bars)):
        bars.append(_bar_mean(hidden, i * STEPS_PER_BAR))
    return ops.stack(bars, axis=1)

def make():
    np.random.seed(3739)
    hidden = Tensor(np.random.randn(2, 16, 8).astype(np.float32))
    return bar_summaries, (hidden, Tensor(3, ms.int32))
