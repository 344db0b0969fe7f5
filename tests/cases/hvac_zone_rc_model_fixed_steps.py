# case: RC thermal model rolled forward for a constant number of steps with ops.stack of the fixed-length trajectory -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RCZoneModel(nn.Cell):
    def __init__(self, n_steps=8, resistance=2.0, capacitance=5.0, dt=0.25):
        super().__init__()
        self.n_steps = n_steps
        self.tau_inv = dt / (resistance * capacitance)
        self.gain = dt / capacitance

    def step(self, temp, outdoor, heat):
        return temp + self.tau_inv * (outdoor - temp) + self.gain * heat

    def construct(self, temp0, outdoor_series, heat_series):
        temp = temp0
        states = []
        for t in range(self.n_steps):
            temp = self.step(temp, outdoor_series[:, t], heat_series[:, t])
            states.append(temp)
        return ops.stack(states, axis=1)


def make():
    np.random.seed(11)
    net = RCZoneModel()
    temp0 = Tensor((19.0 + np.random.rand(5)).astype(np.float32))
    outdoor = Tensor((4.0 + np.random.randn(5, 8)).astype(np.float32))
    heat = Tensor((2.0 * np.random.rand(5, 8)).astype(np.float32))
    return net, (temp0, outdoor, heat)
