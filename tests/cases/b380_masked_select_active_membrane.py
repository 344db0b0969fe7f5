# case: multi-step LIF layer whose stats mixin collects membrane potentials of neurons that fired at the last step with masked_select -> output length depends on spike values, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeuronConfig:
    tau = 2.0
    v_threshold = 1.0
    v_reset = 0.0
    output_active_v = True


class SpikeStatsMixin:
    def active_potentials(self, v, spike):
        return ops.masked_select(v, spike > 0)

    def firing_rate(self, spike_seq):
        return spike_seq.mean(axis=0)


class MultiStepLIF(nn.Cell, SpikeStatsMixin):
    def __init__(self, config=None):
        super().__init__()
        config = NeuronConfig() if config is None else config
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.v_reset = config.v_reset
        self.output_active_v = config.output_active_v

    def neuronal_charge(self, x, v):
        return v + (x - (v - self.v_reset)) / self.tau

    def construct(self, x_seq):
        v = ops.zeros_like(x_seq[0])
        v_before = v
        spikes = []
        for t in range(x_seq.shape[0]):
            v = self.neuronal_charge(x_seq[t], v)
            s = (v >= self.v_threshold).astype(x_seq.dtype)
            v_before = v
            v = v * (1.0 - s) + self.v_reset * s
            spikes.append(s)
        spike_seq = ops.stack(spikes)
        outputs = (spike_seq, self.firing_rate(spike_seq))
        if self.output_active_v:
            outputs = outputs + (self.active_potentials(v_before, spikes[-1]),)
        return outputs


def make():
    np.random.seed(3802)
    x_seq = Tensor(np.random.rand(5, 3, 12).astype(np.float32) * 3.0)
    return MultiStepLIF(), (x_seq,)
