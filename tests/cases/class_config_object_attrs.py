# case: a model holding a plain Python PretrainedConfig-like object as self.config and reading config.hidden_act / layer_norm_eps / use_bias in construct; config values are constants so it should be static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MLPConfig:
    def __init__(self, hidden_size=8, intermediate_size=16, hidden_act="gelu", layer_norm_eps=1e-5, use_bias=True):
        self.hidden_size = hidden_size
        self.intermediate_size = intermediate_size
        self.hidden_act = hidden_act
        self.layer_norm_eps = layer_norm_eps
        self.use_bias = use_bias


class MLPBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.fc1 = nn.Dense(config.hidden_size, config.intermediate_size, has_bias=config.use_bias)
        self.fc2 = nn.Dense(config.intermediate_size, config.hidden_size, has_bias=config.use_bias)
        self.norm = nn.LayerNorm((config.hidden_size,), epsilon=config.layer_norm_eps)

    def construct(self, hidden_states):
        residual = hidden_states
        h = self.fc1(self.norm(hidden_states))
        if self.config.hidden_act == "gelu":
            h = ops.gelu(h)
        elif self.config.hidden_act == "silu":
            h = ops.silu(h)
        else:
            h = ops.relu(h)
        return residual + self.fc2(h)


def make():
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return MLPBlock(MLPConfig()), (x,)
