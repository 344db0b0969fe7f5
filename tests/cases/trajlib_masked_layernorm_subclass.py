# case: nn.LayerNorm subclass for padded agent tokens zeroes padded positions after normalization, with an Optional mask guarded by isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    hidden_size = 32
    num_layers = 2
    layer_norm_eps = 1e-5


class MaskedLayerNorm(nn.LayerNorm):
    def __init__(self, hidden_size, eps=1e-5):
        super().__init__((hidden_size,), epsilon=eps)

    def construct(self, x, mask=None):
        y = super().construct(x)
        if isinstance(mask, Tensor):
            y = y * mask.astype(y.dtype).expand_dims(-1)
        return y


class AgentTokenEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        d = config.hidden_size
        self.proj = nn.Dense(6, d)
        self.blocks = nn.CellList([nn.Dense(d, d) for _ in range(config.num_layers)])
        self.norms = nn.CellList([MaskedLayerNorm(d, config.layer_norm_eps) for _ in range(config.num_layers)])

    def construct(self, tokens, token_mask=None):
        h = self.proj(tokens)
        for block, norm in zip(self.blocks, self.norms):
            h = norm(h + ops.gelu(block(h)), token_mask)
        return h


def make():
    np.random.seed(39)
    tokens = Tensor(np.random.randn(2, 8, 6).astype(np.float32))
    m = np.ones((2, 8), dtype=np.bool_)
    m[1, 5:] = False
    return AgentTokenEncoder(EncoderConfig()), (tokens, Tensor(m))
