# case: DDIM sampler unrolling a Python list of timesteps from a read-only @ms.jit_class config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SamplerConfig:
    def __init__(self, train_steps=100, sample_steps=4, eta=0.0):
        self.train_steps = train_steps
        self.sample_steps = sample_steps
        self.eta = eta


class DDIMSampler(nn.Cell):
    def __init__(self, dim=8, cfg=None):
        super().__init__()
        self.cfg = cfg if cfg is not None else SamplerConfig()
        self.eps_model = nn.SequentialCell(nn.Dense(dim, 16), nn.SiLU(), nn.Dense(16, dim))
        betas = np.linspace(1e-4, 0.02, 100).astype(np.float64)
        self.acp = Tensor(np.cumprod(1 - betas).astype(np.float32))
        stride = 100 // 4
        self.schedule = list(range(99, -1, -stride))

    def ddim_step(self, x, t, t_prev):
        a_t = self.acp[t]
        a_prev = self.acp[t_prev] if t_prev >= 0 else Tensor(1.0, ms.float32)
        eps = self.eps_model(x)
        x0 = (x - ops.sqrt(1 - a_t) * eps) / ops.sqrt(a_t)
        return ops.sqrt(a_prev) * x0 + ops.sqrt(1 - a_prev) * eps

    def construct(self, x):
        n = len(self.schedule)
        for i in range(n):
            t = self.schedule[i]
            t_prev = self.schedule[i + 1] if i + 1 < n else -1
            x = self.ddim_step(x, t, t_prev)
        return x * (1.0 + self.cfg.eta)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 8).astype(np.float32))
    return DDIMSampler(), (x,)
