# case: passenger estimator reads a plain Python config object only in __init__ and uses stored floats in construct -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GateConfig:
    def __init__(self, n_gates=4, pulses_per_person=2.0, crew_offset=6.0):
        self.n_gates = n_gates
        self.pulses_per_person = pulses_per_person
        self.crew_offset = crew_offset


class OnboardEstimator(nn.Cell):
    def __init__(self, cfg=GateConfig()):
        super().__init__()
        self.ppp = cfg.pulses_per_person
        self.crew = cfg.crew_offset
        self.gate_trust = ms.Parameter(Tensor(np.ones((cfg.n_gates,), np.float32)), name="gate_trust")

    def construct(self, entry_pulses, exit_pulses):
        net = (entry_pulses - exit_pulses) * self.gate_trust
        onboard = ops.cumsum(net.sum(axis=-1), axis=0) / self.ppp
        return ops.relu(onboard) + self.crew


def make():
    np.random.seed(34)
    entry = Tensor(np.random.randint(0, 10, size=(6, 4)).astype(np.float32))
    exit_ = Tensor(np.random.randint(0, 6, size=(6, 4)).astype(np.float32))
    return OnboardEstimator(), (entry, exit_)
