# case: LIF neuron with a refractory counter uses ops.select to hold refractory neurons at reset and to decrement the counter -> elementwise selects and masks with static shapes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefractoryConfig:
    def __init__(self, tau=2.0, v_threshold=1.0, v_reset=0.0, refractory_steps=2, return_refractory=False):
        self.tau = tau
        self.v_threshold = v_threshold
        self.v_reset = v_reset
        self.refractory_steps = refractory_steps
        self.return_refractory = return_refractory


class RefractoryLIF(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.v_reset = config.v_reset
        self.refractory_steps = float(config.refractory_steps)
        self.return_refractory = config.return_refractory

    def _step(self, x, v, ref):
        in_ref = ref > 0
        v_new = v + (x - (v - self.v_reset)) / self.tau
        v = ops.select(in_ref, ops.full_like(v, self.v_reset), v_new)
        fired = ops.logical_and(v >= self.v_threshold, ops.logical_not(in_ref))
        spike = fired.astype(x.dtype)
        v = v * (1.0 - spike) + self.v_reset * spike
        ref = ops.select(fired, ops.full_like(ref, self.refractory_steps), ops.relu(ref - 1.0))
        return spike, v, ref

    def construct(self, x_seq):
        v = ops.zeros_like(x_seq[0])
        ref = ops.zeros_like(v)
        spikes = []
        for x in x_seq:
            s, v, ref = self._step(x, v, ref)
            spikes.append(s)
        outputs = (ops.stack(spikes),)
        return outputs + (ref,) if self.return_refractory else outputs


def make():
    np.random.seed(3834)
    x_seq = Tensor(np.random.rand(6, 2, 10).astype(np.float32) * 4.0)
    return RefractoryLIF(RefractoryConfig()), (x_seq,)
