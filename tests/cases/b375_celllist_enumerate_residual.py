# case: tabular residual tower iterates enumerate(nn.CellList) with per-layer scaling from Python ints and collects hidden states when output_hidden_states is set -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TowerConfig:
    def __init__(self, hidden=16, num_layers=3, layer_scale_init=0.5, output_hidden_states=True):
        self.hidden = hidden
        self.num_layers = num_layers
        self.layer_scale_init = layer_scale_init
        self.output_hidden_states = output_hidden_states


class ResidualBlock(nn.Cell):
    def __init__(self, hidden):
        super().__init__()
        self.fc = nn.Dense(hidden, hidden)
        self.act = nn.ReLU()
        self.norm = nn.LayerNorm((hidden,))

    def construct(self, x, scale=1.0):
        return self.norm(x + scale * self.act(self.fc(x)))


class ResidualTower(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blocks = nn.CellList([ResidualBlock(config.hidden) for _ in range(config.num_layers)])
        self.layer_scale_init = config.layer_scale_init
        self.output_hidden_states = config.output_hidden_states

    def construct(self, x):
        all_hidden = ()
        for i, block in enumerate(self.blocks):
            if self.output_hidden_states:
                all_hidden = all_hidden + (x,)
            x = block(x, self.layer_scale_init / (i + 1))
        if self.output_hidden_states:
            return x, ops.stack(all_hidden + (x,), axis=0)
        return (x,)


def make():
    np.random.seed(3776)
    x = np.random.randn(5, 16).astype(np.float32)
    return ResidualTower(TowerConfig()), (Tensor(x),)
