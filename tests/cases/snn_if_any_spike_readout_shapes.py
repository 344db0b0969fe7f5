# case: readout returns the potentials of spiking neurons if any fired, else a single zero, branch on tensor value -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConditionalReadout(nn.Cell):
    def __init__(self, v_th=0.8):
        super().__init__()
        self.v_th = v_th

    def construct(self, v):
        spikes = v > self.v_th
        if spikes.any():
            idx = ops.nonzero(spikes).reshape(-1)
            out = ops.gather(v, idx, 0)
        else:
            out = ops.zeros((1,), ms.float32)
        return out


def make():
    np.random.seed(16)
    v = Tensor(np.random.rand(9).astype(np.float32))
    return ConditionalReadout(), (v,)
