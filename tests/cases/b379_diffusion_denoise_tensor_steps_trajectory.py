# case: Diffusion Policy sampler runs a while loop until a step counter reaches the num_inference_steps tensor and appends every intermediate action trajectory to a Python list, stacked at the end -> loop count and list length come from data, expect Graph mode to refuse or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiffusionConfig:
    def __init__(self, horizon=8, action_dim=4, hidden=32, return_trajectory=True):
        self.horizon = horizon
        self.action_dim = action_dim
        self.hidden = hidden
        self.return_trajectory = return_trajectory


class NoisePredictor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        d = config.horizon * config.action_dim
        self.net = nn.SequentialCell(nn.Dense(d + 1, config.hidden), nn.Mish(), nn.Dense(config.hidden, d))

    def construct(self, x, t):
        flat = x.view(x.shape[0], -1)
        t_col = ops.ones((x.shape[0], 1), ms.float32) * t
        return self.net(ops.concat([flat, t_col], axis=1)).view(x.shape)


class DiffusionSampler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.return_trajectory = config.return_trajectory
        self.eps_model = NoisePredictor(config)

    def construct(self, noise, num_steps):
        x = noise
        traj = [x]
        i = Tensor(0, ms.int32)
        while i < num_steps:
            t = 1.0 - i.astype(ms.float32) / num_steps.astype(ms.float32)
            x = x - 0.1 * self.eps_model(x, t)
            if self.return_trajectory:
                traj.append(x)
            i = i + 1
        if self.return_trajectory:
            return x, ops.stack(traj)
        return x


def make():
    np.random.seed(18)
    noise = Tensor(np.random.randn(2, 8, 4).astype(np.float32))
    return DiffusionSampler(DiffusionConfig()), (noise, Tensor(5, ms.int32))
