# case: LayerNorm subclass for padded user histories calls super().construct and zeroes pad positions by multiplying an Optional mask -> static, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    def __init__(self, hidden=16, eps=1e-6, num_blocks=2, zero_pad=True):
        self.hidden = hidden
        self.eps = eps
        self.num_blocks = num_blocks
        self.zero_pad = zero_pad


class MaskedLayerNorm(nn.LayerNorm):
    def __init__(self, hidden, eps=1e-6, zero_pad=True):
        super().__init__((hidden,), begin_norm_axis=-1, begin_params_axis=-1, epsilon=eps)
        self.zero_pad = zero_pad

    def construct(self, x, mask=None):
        y = super().construct(x)
        if mask is not None and self.zero_pad:
            y = y * mask.expand_dims(-1).astype(y.dtype)
        return y


class PointwiseFFNBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ffn = nn.SequentialCell([nn.Dense(config.hidden, 2 * config.hidden), nn.GELU(),
                                      nn.Dense(2 * config.hidden, config.hidden)])
        self.norm = MaskedLayerNorm(config.hidden, config.eps, config.zero_pad)

    def construct(self, x, mask=None):
        return self.norm(x + self.ffn(x), mask)


class HistoryFFNEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.blocks = nn.CellList([PointwiseFFNBlock(config) for _ in range(config.num_blocks)])

    def construct(self, hist, mask=None):
        for block in self.blocks:
            hist = block(hist, mask)
        return hist


def make():
    np.random.seed(3934)
    hist = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 0, 0], [1, 1, 1, 1, 1]], np.float32))
    return HistoryFFNEncoder(EncoderConfig()), (hist, mask)
