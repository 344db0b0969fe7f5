# case: LIF neuron sub-Cell writes a float attribute self.v in a helper its construct calls; the parent calls it once -> STRICT fails, blamed at the parent's call; LAX measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MemoryModule(nn.Cell):
    def __init__(self):
        super().__init__()
        self.v = 0.0

    def reset(self):
        self.v = 0.0


class LIFNode(MemoryModule):
    def __init__(self, tau=2.0, v_threshold=1.0, v_reset=0.0, decay_input=True):
        super().__init__()
        self.tau = tau
        self.v_threshold = v_threshold
        self.v_reset = v_reset
        self.decay_input = decay_input

    def neuronal_charge(self, x):
        if self.decay_input:
            self.v = self.v + (x - (self.v - self.v_reset)) / self.tau
        else:
            self.v = self.v - (self.v - self.v_reset) / self.tau + x

    def construct(self, x):
        self.neuronal_charge(x)
        spike = (self.v >= self.v_threshold).astype(x.dtype)
        self.v = self.v * (1.0 - spike) + self.v_reset * spike
        return spike


class SpikingMLP(nn.Cell):
    def __init__(self, dims=(8, 16, 4)):
        super().__init__()
        self.fc = nn.Dense(8, 16)
        self.node = LIFNode()

    def construct(self, x):
        x = self.node(self.fc(x))
        return x


def make():
    np.random.seed(3811)
    x = Tensor(np.random.rand(3, 8).astype(np.float32) * 2.0)
    return SpikingMLP(), (x,)
