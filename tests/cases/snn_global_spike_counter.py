# case: jit function increments a module-level global spike counter each call -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

TOTAL_SPIKES = 0
V_TH = 1.0


@ms.jit
def if_neuron_step(v, current):
    global TOTAL_SPIKES
    v = v + current
    s = (v >= V_TH).astype(ms.float32)
    TOTAL_SPIKES = TOTAL_SPIKES + s.sum()
    v = v * (1.0 - s)
    return v, s


def make():
    np.random.seed(19)
    v = Tensor(np.random.rand(12).astype(np.float32) * 0.7)
    cur = Tensor(np.random.rand(12).astype(np.float32) * 0.6)
    return if_neuron_step, (v, cur)
