# case: two-compartment neuron keeps dendrite and soma potentials in an ms.jit_class state object that construct creates and mutates each time step -> jit_class attribute writes in construct, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class CompartmentState:
    def __init__(self, dendrite, soma):
        self.dendrite = dendrite
        self.soma = soma


class TwoCompartmentConfig:
    def __init__(self, tau_d=4.0, tau_s=2.0, coupling=0.5, v_threshold=1.0):
        self.tau_d = tau_d
        self.tau_s = tau_s
        self.coupling = coupling
        self.v_threshold = v_threshold


class TwoCompartmentLIF(nn.Cell):
    def __init__(self, config, in_features, out_features):
        super().__init__()
        self.fc = nn.Dense(in_features, out_features)
        self.cfg_tau_d = config.tau_d
        self.cfg_tau_s = config.tau_s
        self.coupling = config.coupling
        self.v_threshold = config.v_threshold

    def construct(self, x_seq):
        zeros = ops.zeros((x_seq.shape[1], self.fc.out_channels), ms.float32)
        state = CompartmentState(zeros, zeros)
        spikes = []
        for t in range(x_seq.shape[0]):
            state.dendrite = state.dendrite + (self.fc(x_seq[t]) - state.dendrite) / self.cfg_tau_d
            state.soma = state.soma + (self.coupling * state.dendrite - state.soma) / self.cfg_tau_s
            s = (state.soma >= self.v_threshold).astype(ms.float32)
            state.soma = state.soma * (1.0 - s)
            spikes.append(s)
        return ops.stack(spikes), state.soma


def make():
    np.random.seed(3819)
    x_seq = Tensor(np.random.rand(5, 2, 8).astype(np.float32) * 4.0)
    return TwoCompartmentLIF(TwoCompartmentConfig(), 8, 4), (x_seq,)
