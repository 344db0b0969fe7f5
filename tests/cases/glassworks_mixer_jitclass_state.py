# case: a @ms.jit_class batch-mixer state object is created in construct and its blended-mass field is mutated per ingredient -> jit_class instance mutated in graph, expect Graph mode error at some level
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class MixerState:
    def __init__(self, mass):
        self.mass = mass
        self.moisture = mass * 0.0

    def add(self, kg, water_frac):
        self.moisture = self.moisture + kg * water_frac
        self.mass = self.mass + kg


class BatchMixer(nn.Cell):
    def __init__(self, n_ingredients=5):
        super().__init__()
        self.n = n_ingredients

    def construct(self, charge_kg, water_frac):
        state = MixerState(charge_kg[0] * 0.0)
        for i in range(self.n):
            state.add(charge_kg[i], water_frac[i])
        return state.mass, state.moisture / state.mass


def make():
    np.random.seed(161)
    kg = (100.0 + 300.0 * np.random.rand(5)).astype(np.float32)
    wf = (0.01 + 0.04 * np.random.rand(5)).astype(np.float32)
    return BatchMixer(), (Tensor(kg), Tensor(wf))
