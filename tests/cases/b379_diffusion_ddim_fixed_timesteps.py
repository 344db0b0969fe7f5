# case: Diffusion Policy DDIM sampler with timesteps and alpha-bar table computed by NumPy in __init__ and stored as Python floats; construct loops over a Python list of (t, a_t, a_prev) and collects each step into a fixed-length list -> loop bounds and list length fixed at compile time, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DDIMConfig:
    def __init__(self, horizon=8, action_dim=4, hidden=32, num_train_steps=100,
                 num_inference_steps=5, clip_sample=True, clip_range=1.0):
        self.horizon = horizon
        self.action_dim = action_dim
        self.hidden = hidden
        self.num_train_steps = num_train_steps
        self.num_inference_steps = num_inference_steps
        self.clip_sample = clip_sample
        self.clip_range = clip_range


def squaredcos_alphas_cumprod(n):
    s = 0.008
    t = np.linspace(0, n, n + 1) / n
    f = np.cos((t + s) / (1 + s) * np.pi / 2) ** 2
    return (f[1:] / f[0]).astype(np.float64)


class DDIMSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        ac = squaredcos_alphas_cumprod(config.num_train_steps)
        ts = np.linspace(config.num_train_steps - 1, 0, config.num_inference_steps).round().astype(int)
        self.schedule = [(float(t) / config.num_train_steps, float(ac[t]),
                          float(ac[ts[i + 1]]) if i + 1 < len(ts) else 1.0) for i, t in enumerate(ts)]
        self.clip_sample = config.clip_sample
        self.clip_range = config.clip_range
        d = config.horizon * config.action_dim
        self.eps = nn.SequentialCell(nn.Dense(d, config.hidden), nn.Mish(), nn.Dense(config.hidden, d))

    def construct(self, noise):
        x = noise
        steps = []
        for t, a_t, a_prev in self.schedule:
            eps = self.eps(x.view(x.shape[0], -1)).view(x.shape) * (1.0 + t)
            x0 = (x - (1 - a_t) ** 0.5 * eps) / a_t ** 0.5
            if self.clip_sample:
                x0 = ops.clamp(x0, -self.clip_range, self.clip_range)
            x = a_prev ** 0.5 * x0 + (1 - a_prev) ** 0.5 * eps
            steps.append(x)
        return x, ops.stack(steps)


def make():
    np.random.seed(19)
    return DDIMSampler(DDIMConfig()), (Tensor(np.random.randn(2, 8, 4).astype(np.float32)),)
