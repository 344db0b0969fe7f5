# case: multi-step autoregressive rollout with a fixed horizon from config, outputs concatenated along time -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidualBlock(nn.Cell):
    def __init__(self, ch):
        super().__init__()
        self.conv = nn.Conv2d(ch, ch, 3, pad_mode="pad", padding=1)
        self.act = nn.SiLU()

    def construct(self, x):
        return x + self.act(self.conv(x))


class FixedHorizonForecaster(nn.Cell):
    def __init__(self, n_vars=2, n_blocks=2, horizon=4, detach_between_steps=False):
        super().__init__()
        self.blocks = nn.SequentialCell([ResidualBlock(n_vars) for _ in range(n_blocks)])
        self.horizon = horizon
        self.detach = detach_between_steps

    def construct(self, x):
        out = x[:, None]
        state = x
        for _ in range(self.horizon):
            state = self.blocks(state)
            if self.detach:
                state = ops.stop_gradient(state)
            out = ops.concat([out, state[:, None]], axis=1)
        return out[:, 1:]


def make():
    np.random.seed(103)
    ms.set_seed(103)
    x = Tensor(np.random.randn(2, 2, 6, 8).astype(np.float32))
    return FixedHorizonForecaster(), (x,)
