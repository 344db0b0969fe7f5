# case: neuron step returns a dict of state tensors keyed by name and the caller reads from it -> may compile in Graph mode (dict of tensors)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class IzhikevichStep(nn.Cell):
    def __init__(self, a=0.02, b=0.2, c=-65.0, d=8.0, dt=0.5):
        super().__init__()
        self.a, self.b, self.c, self.d, self.dt = a, b, c, d, dt

    def construct(self, v, u, current):
        dv = 0.04 * v * v + 5.0 * v + 140.0 - u + current
        du = self.a * (self.b * v - u)
        v = v + self.dt * dv
        u = u + self.dt * du
        fired = v >= 30.0
        v = ops.where(fired, ops.full_like(v, self.c), v)
        u = ops.where(fired, u + self.d, u)
        state = {"v": v, "u": u, "spikes": fired.astype(ms.float32)}
        state["rate"] = state["spikes"].mean()
        return state


def make():
    np.random.seed(10)
    v = Tensor(np.full(8, -65.0, np.float32) + np.random.rand(8).astype(np.float32) * 90)
    u = Tensor(np.full(8, -13.0, np.float32))
    i = Tensor(np.random.rand(8).astype(np.float32) * 10)
    return IzhikevichStep(), (v, u, i)
