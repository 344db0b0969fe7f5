# case: feed-forward block picks its activation with getattr(ops, config.hidden_act) and a dict of norm classes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FFNConfig:
    hidden_size = 8
    intermediate_size = 16
    hidden_act = "gelu"
    norm_type = "layer"
    pre_norm = True


NORMS = {"layer": lambda d: nn.LayerNorm((d,)), "none": lambda d: nn.Identity()}


class FeedForward(nn.Cell):
    def __init__(self, config=FFNConfig()):
        super().__init__()
        self.fc_in = nn.Dense(config.hidden_size, config.intermediate_size)
        self.fc_out = nn.Dense(config.intermediate_size, config.hidden_size)
        self.norm = NORMS[config.norm_type](config.hidden_size)
        self.act_name = config.hidden_act
        self.pre_norm = config.pre_norm

    def act(self, x):
        return getattr(ops, self.act_name)(x)

    def construct(self, x):
        residual = x
        if self.pre_norm:
            x = self.norm(x)
        x = self.fc_out(self.act(self.fc_in(x)))
        x = x + residual
        if not self.pre_norm:
            x = self.norm(x)
        return x


def make():
    np.random.seed(32)
    x = np.random.randn(2, 3, 8).astype(np.float32)
    return FeedForward(), (Tensor(x),)
