# case: neuron state kept in a plain Python class created from tensors and mutated in construct -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeuronState:
    def __init__(self, v, refractory):
        self.v = v
        self.refractory = refractory

    def tick(self):
        self.refractory = ops.maximum(self.refractory - 1, 0)


class RefractoryLIF(nn.Cell):
    def __init__(self, threshold=1.0, tau=3.0, t_ref=2):
        super().__init__()
        self.threshold = threshold
        self.decay = float(np.exp(-1.0 / tau))
        self.t_ref = t_ref

    def step(self, state, current):
        can_fire = (state.refractory == 0).astype(ms.float32)
        state.v = state.v * self.decay + current * can_fire
        spike = (state.v >= self.threshold).astype(ms.float32)
        state.v = state.v * (1 - spike)
        state.tick()
        state.refractory = state.refractory + spike.astype(ms.int32) * self.t_ref
        return spike

    def construct(self, currents):
        state = NeuronState(ops.zeros_like(currents[0]), ops.zeros(currents[0].shape, ms.int32))
        total = ops.zeros_like(currents[0])
        for t in range(currents.shape[0]):
            total = total + self.step(state, currents[t])
        return total


def make():
    np.random.seed(8)
    cur = Tensor(np.random.rand(6, 5).astype(np.float32) * 1.5)
    return RefractoryLIF(), (cur,)
