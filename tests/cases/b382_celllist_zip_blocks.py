# case: SpectralFormer-style encoder iterates zip(blocks, norms) over two CellLists with enumerate and a cross-layer skip from a config flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FormerConfig:
    def __init__(self, dim=16, depth=3, cross_layer_skip=True, output_hidden_states=False):
        self.dim = dim
        self.depth = depth
        self.cross_layer_skip = cross_layer_skip
        self.output_hidden_states = output_hidden_states


class FeedForward(nn.Cell):
    def __init__(self, dim, mult=2):
        super().__init__()
        self.fc1 = nn.Dense(dim, dim * mult)
        self.fc2 = nn.Dense(dim * mult, dim)
        self.act = nn.GELU()

    def construct(self, x):
        return self.fc2(self.act(self.fc1(x)))


class SpectralEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blocks = nn.CellList([FeedForward(config.dim) for _ in range(config.depth)])
        self.norms = nn.CellList([nn.LayerNorm((config.dim,)) for _ in range(config.depth)])
        self.cross_layer_skip = config.cross_layer_skip
        self.output_hidden_states = config.output_hidden_states

    def construct(self, tokens):
        h = tokens
        prev = tokens
        states = ()
        for i, (blk, norm) in enumerate(zip(self.blocks, self.norms)):
            out = h + blk(norm(h))
            if self.cross_layer_skip and i > 0:
                out = out + prev
            prev = h
            h = out
            if self.output_hidden_states:
                states = states + (h,)
        return (h, states) if self.output_hidden_states else (h,)


def make():
    np.random.seed(3832)
    cfg = FormerConfig()
    x = Tensor(np.random.rand(2, 10, cfg.dim).astype(np.float32))
    return SpectralEncoder(cfg), (x,)
