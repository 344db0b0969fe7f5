# case: functional multi-step LIF kernel compiled with ms.jit runs over a fixed number of time steps given as a module constant -> loop over range of a Python int inside a jit function, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TIME_STEPS = 6
TAU = 2.0
V_THRESHOLD = 1.0
V_RESET = 0.0


def _charge(x, v, tau=TAU, v_reset=V_RESET):
    return v + (x - (v - v_reset)) / tau


def _fire_and_reset(v, v_threshold=V_THRESHOLD, v_reset=V_RESET, soft=False):
    spike = (v >= v_threshold).astype(v.dtype)
    if soft:
        return spike, v - spike * v_threshold
    return spike, v * (1.0 - spike) + v_reset * spike


@ms.jit
def multistep_lif(x_seq, v0):
    v = v0
    spikes = []
    for t in range(TIME_STEPS):
        v = _charge(x_seq[t], v)
        s, v = _fire_and_reset(v, soft=True)
        spikes.append(s)
    spike_seq = ops.stack(spikes)
    return spike_seq, v, spike_seq.sum(0)


def make():
    np.random.seed(3833)
    x_seq = Tensor(np.random.rand(TIME_STEPS, 3, 8).astype(np.float32) * 3.0)
    v0 = Tensor(np.zeros((3, 8), dtype=np.float32))
    return multistep_lif, (x_seq, v0)
