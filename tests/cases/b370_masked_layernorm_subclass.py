# case: LayerNorm subclass for padded stroke batches re-zeroes padded pen points after normalising, taking an optional mask (None by default) -> subclass with None-guarded mask multiply, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NormConfig:
    hidden_size = 16
    layer_norm_eps = 1e-5
    zero_padding = True


class MaskedLayerNorm(nn.LayerNorm):
    def __init__(self, config):
        super().__init__((config.hidden_size,), epsilon=config.layer_norm_eps)
        self.zero_padding = getattr(config, "zero_padding", True)

    def construct(self, x, pad_mask=None):
        y = super().construct(x)
        if self.zero_padding and pad_mask is not None:
            y = y * pad_mask.expand_dims(-1).astype(y.dtype)
        return y


class NormedStrokeBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ff = nn.Dense(config.hidden_size, config.hidden_size, activation="relu")
        self.norm = MaskedLayerNorm(config)

    def construct(self, x, pad_mask):
        return self.norm(x + self.ff(x), pad_mask)


def make():
    np.random.seed(3732)
    x = Tensor(np.random.randn(3, 9, 16).astype(np.float32))
    mask = np.ones((3, 9), dtype=np.float32)
    mask[2, 4:] = 0
    return NormedStrokeBlock(NormConfig()), (x, Tensor(mask))
