# case: LIF layer counts spikes and slices the first n membrane traces with n a tensor -> dynamic shape / error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LIFLayer(nn.Cell):
    def __init__(self, tau=2.0, v_th=1.0):
        super().__init__()
        self.decay = 1.0 - 1.0 / tau
        self.v_th = v_th

    def construct(self, x_seq):
        v = ops.zeros_like(x_seq[0])
        spikes = []
        for t in range(x_seq.shape[0]):
            v = v * self.decay + x_seq[t]
            s = (v >= self.v_th).astype(ms.float32)
            v = v * (1.0 - s)
            spikes.append(s)
        return ops.stack(spikes)


class SpikeSummary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.lif = LIFLayer()

    def construct(self, x_seq):
        spk = self.lif(x_seq)
        counts = spk.sum(axis=0)
        n_active = (counts > 0).astype(ms.int32).sum()
        ordered = ops.sort(counts, descending=True)[0]
        return ordered[:n_active]


def make():
    np.random.seed(0)
    x = Tensor(np.random.rand(6, 16).astype(np.float32) * 0.8)
    return SpikeSummary(), (x,)
