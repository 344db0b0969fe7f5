# case: LIF with refractory period tracked as a per-neuron counter updated with ops.where over constant steps -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefractoryLIF(nn.Cell):
    def __init__(self, t_ref=3, v_th=1.0, decay=0.85):
        super().__init__()
        self.t_ref = t_ref
        self.v_th = v_th
        self.decay = decay

    def construct(self, x_seq):
        v = ops.zeros_like(x_seq[0])
        ref = ops.zeros_like(x_seq[0])
        spikes = ops.zeros_like(x_seq)
        for t in range(x_seq.shape[0]):
            in_ref = ref > 0
            v = ops.where(in_ref, ops.zeros_like(v), self.decay * v + x_seq[t])
            s = v >= self.v_th
            v = ops.where(s, ops.zeros_like(v), v)
            ref = ops.where(s, ops.full_like(ref, self.t_ref), ops.maximum(ref - 1.0, 0.0))
            spikes[t] = s.astype(ms.float32)
        return spikes


def make():
    np.random.seed(33)
    x = Tensor((np.random.rand(7, 9) * 1.2).astype(np.float32))
    return RefractoryLIF(), (x,)
