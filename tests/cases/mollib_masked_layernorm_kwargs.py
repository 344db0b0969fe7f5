# case: residue LayerNorm subclass re-zeroes padded residues, blocks forward *args/**kwargs to sub-layers and use isinstance guards -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class BlockConfig:
    hidden_size = 20
    num_layers = 3
    layer_norm_eps = 1e-5
    pre_norm = True


class MaskedLayerNorm(nn.LayerNorm):
    def __init__(self, hidden, eps=1e-5):
        super().__init__((hidden,), begin_norm_axis=-1, begin_params_axis=-1, epsilon=eps)

    def construct(self, x, mask: Optional[Tensor] = None):
        y = super().construct(x)
        if mask is not None:
            y = y * mask[..., None]
        return y


class ResidueBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norm = MaskedLayerNorm(config.hidden_size, config.layer_norm_eps)
        self.ffn = nn.Dense(config.hidden_size, config.hidden_size)
        self.pre_norm = config.pre_norm

    def construct(self, x, *args, **kwargs):
        if self.pre_norm:
            return x + self.ffn(self.norm(x, *args, **kwargs))
        return self.norm(x + self.ffn(x), *args, **kwargs)


class ResidueStack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blocks = nn.CellList([ResidueBlock(config) for _ in range(config.num_layers)])

    def construct(self, x, mask=None):
        if isinstance(x, (list, tuple)):
            x = ops.concat(x, axis=-1)
        for block in self.blocks:
            x = block(x, mask=mask)
        return x


def make():
    np.random.seed(33)
    a = Tensor(np.random.randn(2, 9, 12).astype(np.float32))
    b = Tensor(np.random.randn(2, 9, 8).astype(np.float32))
    mask = np.ones((2, 9), np.float32)
    mask[1, 5:] = 0
    return ResidueStack(BlockConfig()), ((a, b), Tensor(mask))
