# case: LIF with an absolute refractory period tracked by an integer countdown tensor and ops.where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefractoryLIFCell(nn.Cell):
    def __init__(self, tau=5.0, threshold=1.0, refractory_steps=2, v_rest=0.0):
        super().__init__()
        self.alpha = float(np.exp(-1.0 / tau))
        self.threshold = threshold
        self.refractory_steps = refractory_steps
        self.v_rest = v_rest

    def _step(self, v, ref, x):
        active = ref == 0
        v = ops.where(active, self.alpha * v + x, ops.full_like(v, self.v_rest))
        spike = ops.logical_and(active, v >= self.threshold)
        v = ops.where(spike, ops.full_like(v, self.v_rest), v)
        ref = ops.where(spike, ops.full_like(ref, self.refractory_steps), ops.maximum(ref - 1, 0))
        return v, ref, spike.astype(ms.float32)

    def construct(self, x_seq):
        v = ops.zeros_like(x_seq[0])
        ref = ops.zeros(x_seq[0].shape, ms.int32)
        spikes = []
        for t in range(x_seq.shape[0]):
            v, ref, s = self._step(v, ref, x_seq[t])
            spikes.append(s)
        return ops.stack(spikes, axis=1)


def make():
    np.random.seed(31)
    x = Tensor(np.random.rand(7, 2, 5).astype(np.float32) * 1.2)
    return RefractoryLIFCell(), (x,)
