# case: stateful LIF keeps its membrane in a non-trainable Parameter created by a helper in __init__ and updates it with ops.assign each call -> Parameter state instead of self attribute writes, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class StatefulConfig:
    def __init__(self, tau=2.0, v_threshold=1.0, v_reset=0.0, step_mode="s"):
        self.tau = tau
        self.v_threshold = v_threshold
        self.v_reset = v_reset
        self.step_mode = step_mode


class StatefulLIFNode(nn.Cell):
    def __init__(self, shape, config):
        super().__init__()
        self.tau = config.tau
        self.v_threshold = config.v_threshold
        self.v_reset = config.v_reset
        self.step_mode = config.step_mode
        self._register_memory("v", shape, config.v_reset)

    def _register_memory(self, name, shape, value):
        init = Tensor(np.full(shape, value, dtype=np.float32))
        setattr(self, name, Parameter(init, name=name, requires_grad=False))

    def single_step(self, x):
        v = self.v + (x - (self.v - self.v_reset)) / self.tau
        spike = (v >= self.v_threshold).astype(x.dtype)
        ops.assign(self.v, v * (1.0 - spike) + self.v_reset * spike)
        return spike

    def construct(self, x):
        if self.step_mode == "m":
            return ops.stack([self.single_step(x[t]) for t in range(x.shape[0])])
        return self.single_step(x)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(6, 4)
        self.node = StatefulLIFNode((2, 4), StatefulConfig())

    def construct(self, x):
        return self.node(self.fc(x))


def make():
    np.random.seed(3831)
    x = Tensor(np.random.rand(2, 6).astype(np.float32) * 3.0)
    return Net(), (x,)
