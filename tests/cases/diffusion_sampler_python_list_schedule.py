# case: DDIM-style sampling step indexes a Python list schedule with int(t) of a 0-d tensor timestep; suspected STRICT error, but MindSpore compiles it static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

T_STEPS = 20
ALPHA_BAR = [float(v) for v in np.cumprod(1.0 - np.linspace(1e-4, 2e-2, T_STEPS))]


class EpsNet(nn.Cell):
    def __init__(self, d=16):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(d + 1, 32), nn.SiLU(), nn.Dense(32, d)])

    def construct(self, x, t):
        tt = ops.broadcast_to(t.astype(ms.float32).reshape(1, 1) / T_STEPS, (x.shape[0], 1))
        return self.net(ops.concat((x, tt), axis=-1))


class DDIMStep(nn.Cell):
    def __init__(self):
        super().__init__()
        self.eps = EpsNet()
        self.schedule = ALPHA_BAR

    def construct(self, x, t):
        step = int(t)
        a_t = self.schedule[step]
        a_prev = self.schedule[step - 1] if step > 0 else 1.0
        eps = self.eps(x, t)
        x0 = (x - (1 - a_t) ** 0.5 * eps) / a_t ** 0.5
        return a_prev ** 0.5 * x0 + (1 - a_prev) ** 0.5 * eps


def make():
    x = Tensor(np.random.randn(4, 16).astype(np.float32))
    return DDIMStep(), (x, Tensor(10, ms.int32))
