# case: autoregressive rollout over range(config.n_steps) with per-lead-time heads in a CellList and a flag-dependent output tuple -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForecastConfig:
    def __init__(self, n_vars=4, hidden=16, n_steps=3, return_trajectory=True, output_hidden=False):
        self.n_vars = n_vars
        self.hidden = hidden
        self.n_steps = n_steps
        self.return_trajectory = return_trajectory
        self.output_hidden = output_hidden


class Processor(nn.Cell):
    def __init__(self, c_in, hidden):
        super().__init__()
        self.conv1 = nn.Conv2d(c_in, hidden, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(hidden, c_in, 3, pad_mode="same")
        self.act = nn.SiLU()

    def construct(self, x):
        h = self.act(self.conv1(x))
        return x + self.conv2(h), h


class RolloutModel(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_steps = config.n_steps
        self.return_trajectory = config.return_trajectory
        self.output_hidden = getattr(config, "output_hidden", False)
        self.steps = nn.CellList([Processor(config.n_vars, config.hidden) for _ in range(config.n_steps)])

    def construct(self, x):
        traj = []
        hiddens = ()
        for i, block in enumerate(self.steps):
            x, h = block(x)
            traj.append(x)
            if self.output_hidden:
                hiddens = hiddens + (h,)
        out = (x,)
        if self.return_trajectory:
            out = out + (ops.stack(traj, axis=1),)
        if self.output_hidden:
            out = out + (hiddens,)
        return out


def make():
    np.random.seed(3654)
    net = RolloutModel(ForecastConfig())
    x = Tensor(np.random.randn(2, 4, 8, 16).astype(np.float32))
    return net, (x,)
