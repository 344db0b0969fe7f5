# case: SpikingDense subclasses nn.Dense, calls super().construct for the synaptic current and integrates it with a LIF mixin over time steps -> subclass and mixin helpers with static shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LIFMixin:
    def lif_update(self, current, v):
        v = v + (current - (v - self.v_reset)) / self.tau
        spike = (v >= self.v_threshold).astype(current.dtype)
        v = v * (1.0 - spike) + self.v_reset * spike
        return spike, v


class SpikingDense(nn.Dense, LIFMixin):
    def __init__(self, in_channels, out_channels, tau=2.0, v_threshold=1.0, v_reset=0.0, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self.tau = tau
        self.v_threshold = v_threshold
        self.v_reset = v_reset

    def construct(self, x_seq):
        v = ops.zeros((x_seq.shape[1], self.out_channels), ms.float32)
        spikes = []
        for t in range(x_seq.shape[0]):
            current = super().construct(x_seq[t])
            s, v = self.lif_update(current, v)
            spikes.append(s)
        return ops.stack(spikes)


class SpikingNet(nn.Cell):
    def __init__(self, sizes=(10, 12, 3), **layer_kwargs):
        super().__init__()
        self.layers = nn.CellList([SpikingDense(a, b, **layer_kwargs) for a, b in zip(sizes[:-1], sizes[1:])])

    def construct(self, x_seq):
        for layer in self.layers:
            x_seq = layer(x_seq)
        return x_seq.sum(axis=0)


def make():
    np.random.seed(3830)
    x_seq = Tensor(np.random.rand(4, 2, 10).astype(np.float32) * 3.0)
    return SpikingNet(tau=2.0, has_bias=True), (x_seq,)
