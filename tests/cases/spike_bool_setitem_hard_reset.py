# case: LIF hard reset written as boolean-mask item assignment v[v >= thr] = v_reset -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IFNeuron(nn.Cell):
    """Integrate-and-fire neuron with a hard reset, PyTorch-style in-place masking."""

    def __init__(self, v_threshold=1.0, v_reset=0.0):
        super().__init__()
        self.v_threshold = v_threshold
        self.v_reset = v_reset

    def construct(self, currents):
        v = ops.zeros_like(currents[0])
        spike_count = ops.zeros_like(v)
        for t in range(currents.shape[0]):
            v = v + currents[t]
            fired = v >= self.v_threshold
            spike_count = spike_count + fired.astype(ms.float32)
            v[fired] = self.v_reset
        return spike_count, v


def make():
    np.random.seed(20)
    cur = Tensor(np.random.rand(6, 3, 4).astype(np.float32) * 0.8)
    return IFNeuron(), (cur,)
