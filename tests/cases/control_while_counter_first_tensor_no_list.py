# case: rollout while on a Python counter first and a tensor tolerance, no list: the and-test cannot join -> compile error at the while
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StepNet(nn.Cell):
    def __init__(self, channels=2, hidden=8):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, hidden, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(hidden, channels, 3, pad_mode="same")
        self.act = nn.Tanh()

    def construct(self, x):
        return x + 0.1 * self.conv2(self.act(self.conv1(x)))


class ConvergentRollout(nn.Cell):
    def __init__(self, channels=2, max_steps=6, tol=1e-3):
        super().__init__()
        self.step_net = StepNet(channels)
        self.max_steps = max_steps
        self.tol = tol

    def construct(self, state):
        outputs = []
        step = 0
        delta = ops.ones((), ms.float32)
        while step < self.max_steps and delta > self.tol:
            nxt = self.step_net(state)
            delta = ops.abs(nxt - state).mean()
            outputs.append(nxt)
            state = nxt
            step += 1
        return state


def make():
    np.random.seed(4)
    ms.set_seed(4)
    x = Tensor(np.random.randn(1, 2, 8, 8).astype(np.float32))
    return ConvergentRollout(), (x,)
