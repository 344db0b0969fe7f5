# case: Diffusion Policy noise scheduler is an @ms.jit_class object held by the policy; each denoising step increments scheduler.step_index inside construct -> attribute of a jit_class instance mutated in construct, expect Graph mode to refuse
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class EulerScheduler:
    def __init__(self, num_steps=4):
        self.num_steps = num_steps
        self.step_index = 0
        self.sigmas = [1.0 - i / num_steps for i in range(num_steps + 1)]

    def step(self, model_out, x):
        dt = self.sigmas[self.step_index + 1] - self.sigmas[self.step_index]
        self.step_index = self.step_index + 1
        return x + dt * model_out


class FlowPolicyHead(nn.Cell):
    def __init__(self, action_dim=6, hidden=32, num_steps=4, scheduler=None):
        super().__init__()
        self.scheduler = EulerScheduler(num_steps) if scheduler is None else scheduler
        self.num_steps = num_steps
        self.vel = nn.SequentialCell(nn.Dense(action_dim + hidden, hidden), nn.SiLU(), nn.Dense(hidden, action_dim))

    def construct(self, cond, noise):
        x = noise
        for _ in range(self.num_steps):
            v = self.vel(ops.concat([x, cond], axis=-1))
            x = self.scheduler.step(v, x)
        return x


def make():
    np.random.seed(20)
    cond = Tensor(np.random.randn(3, 32).astype(np.float32))
    noise = Tensor(np.random.randn(3, 6).astype(np.float32))
    return FlowPolicyHead(), (cond, noise)
