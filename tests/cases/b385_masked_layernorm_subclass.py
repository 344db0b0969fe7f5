# case: behaviour-sequence encoder uses a LayerNorm subclass that zeroes padded positions after normalising when an Optional padding mask is given, and a residual feed-forward over range(config.num_layers) -> masks multiplied in, loops over Python ints, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeqEncoderConfig:
    def __init__(self, emb_dim=16, ffn_dim=32, num_layers=2, eps=1e-5, pre_norm=False):
        self.emb_dim = emb_dim
        self.ffn_dim = ffn_dim
        self.num_layers = num_layers
        self.eps = eps
        self.pre_norm = pre_norm


class MaskedLayerNorm(nn.LayerNorm):
    def construct(self, x, mask=None):
        y = super().construct(x)
        if mask is None:
            return y
        return y * mask.expand_dims(-1).astype(y.dtype)


class FFNBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.pre_norm = config.pre_norm
        self.ffn = nn.SequentialCell([nn.Dense(config.emb_dim, config.ffn_dim), nn.GELU(),
                                      nn.Dense(config.ffn_dim, config.emb_dim)])
        self.norm = MaskedLayerNorm((config.emb_dim,), epsilon=config.eps)

    def construct(self, x, mask=None):
        if self.pre_norm:
            return x + self.ffn(self.norm(x, mask))
        return self.norm(x + self.ffn(x), mask)


class BehaviourEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blocks = nn.CellList([FFNBlock(config) for _ in range(config.num_layers)])

    def construct(self, hist, mask=None):
        for block in self.blocks:
            hist = block(hist, mask)
        return hist


def make():
    np.random.seed(38526)
    cfg = SeqEncoderConfig()
    mask = (np.arange(7)[None, :] < np.array([[7], [2], [5]])).astype(np.float32)
    hist = Tensor(np.random.randn(3, 7, cfg.emb_dim).astype(np.float32))
    return BehaviourEncoder(cfg), (hist, Tensor(mask))
