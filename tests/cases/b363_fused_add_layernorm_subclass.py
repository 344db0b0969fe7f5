# case: fused residual-add norm subclasses nn.LayerNorm, adds the optional residual (is not None guard) before super().construct and returns the new residual too, used per layer via enumerate over a CellList -> subclass and optional args resolve at compile time; expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlockConfig:
    def __init__(self, hidden_size=16, num_layers=3, layer_norm_eps=1e-5, residual_in_fp32=True):
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.layer_norm_eps = layer_norm_eps
        self.residual_in_fp32 = residual_in_fp32


class FusedAddLayerNorm(nn.LayerNorm):
    def __init__(self, hidden_size, eps=1e-5, residual_in_fp32=False):
        super().__init__((hidden_size,), epsilon=eps)
        self.residual_in_fp32 = residual_in_fp32

    def construct(self, x, residual=None):
        if residual is not None:
            x = x + residual
        if self.residual_in_fp32:
            residual = x.astype(ms.float32)
        else:
            residual = x
        return super().construct(x), residual


class MixerStack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        h = config.hidden_size
        self.norms = nn.CellList([FusedAddLayerNorm(h, config.layer_norm_eps, config.residual_in_fp32)
                                  for _ in range(config.num_layers)])
        self.mixers = nn.CellList([nn.Dense(h, h) for _ in range(config.num_layers)])

    def construct(self, hidden):
        residual = None
        for i, norm in enumerate(self.norms):
            normed, residual = norm(hidden, residual)
            hidden = self.mixers[i](normed)
        return hidden + residual


def make():
    np.random.seed(3669)
    hidden = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return MixerStack(BlockConfig()), (hidden,)
