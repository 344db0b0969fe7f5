# case: padding-aware LayerNorm subclass zeroes padded transactions after normalising, used by an encoder block with an optional mask argument -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedLayerNorm(nn.LayerNorm):
    def __init__(self, hidden, eps=1e-5, **kwargs):
        super().__init__((hidden,), epsilon=eps, **kwargs)

    def construct(self, x, mask=None):
        out = super().construct(x)
        if mask is not None:
            out = out * mask.expand_dims(-1)
        return out


class BlockConfig:
    hidden = 12
    ffn_mult = 2
    layer_norm_eps = 1e-6
    pre_norm = True


class TxnEncoderBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pre_norm = config.pre_norm
        self.norm = MaskedLayerNorm(config.hidden, eps=config.layer_norm_eps)
        self.ffn = nn.SequentialCell([
            nn.Dense(config.hidden, config.hidden * config.ffn_mult), nn.GELU(),
            nn.Dense(config.hidden * config.ffn_mult, config.hidden)])

    def construct(self, h, txn_mask=None):
        if self.pre_norm:
            return h + self.ffn(self.norm(h, txn_mask))
        return self.norm(h + self.ffn(h), txn_mask)


def make():
    np.random.seed(3782)
    h = np.random.randn(3, 7, 12).astype(np.float32)
    mask = np.ones((3, 7), np.float32)
    mask[1, 4:] = 0.0
    return TxnEncoderBlock(BlockConfig()), (Tensor(h), Tensor(mask))
