# case: BigVGAN-style Snake activation with a per-channel alpha Parameter and an alpha_logscale flag from the config, used in an amplitude-preserving residual block -> Graph mode compiles elementwise math (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SnakeConfig:
    def __init__(self, channels=8, alpha_logscale=True, alpha_init=1.0, eps=1e-9):
        self.channels = channels
        self.alpha_logscale = alpha_logscale
        self.alpha_init = alpha_init
        self.eps = eps


class Snake(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.alpha_logscale = config.alpha_logscale
        self.eps = config.eps
        self._create_alpha(config.channels, config.alpha_init)

    def _create_alpha(self, channels, alpha_init):
        init = np.zeros(channels) if self.alpha_logscale else np.full(channels, alpha_init)
        self.alpha = Parameter(Tensor(init.astype(np.float32)), name="alpha")

    def construct(self, x):
        alpha = self.alpha.reshape(1, -1, 1)
        if self.alpha_logscale:
            alpha = ops.exp(alpha)
        return x + (1.0 / (alpha + self.eps)) * ops.pow(ops.sin(x * alpha), 2)


class AMPBlock(nn.Cell):
    def __init__(self, config, dilations=(1, 3)):
        super().__init__()
        self.acts = nn.CellList([Snake(config) for _ in dilations])
        self.convs = nn.CellList([nn.Conv1d(config.channels, config.channels, 3, dilation=d,
                                            pad_mode="same", has_bias=True) for d in dilations])

    def construct(self, x):
        for act, conv in zip(self.acts, self.convs):
            x = x + conv(act(x))
        return x


def make():
    np.random.seed(35937)
    block = AMPBlock(SnakeConfig())
    x = Tensor(np.random.randn(2, 8, 64).astype(np.float32))
    return block, (x,)
