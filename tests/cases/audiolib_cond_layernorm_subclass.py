# case: speaker-conditional LayerNorm (subclass of nn.LayerNorm) whose Optional speaker embedding adds scale/shift when given, tested with `is None` -> Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class TTSConfig:
    def __init__(self, d_model=24, spk_dim=8, cond_ln=True):
        self.d_model = d_model
        self.spk_dim = spk_dim
        self.cond_ln = cond_ln


class ConditionalLayerNorm(nn.LayerNorm):
    def __init__(self, d_model, spk_dim):
        super().__init__((d_model,), begin_norm_axis=-1, begin_params_axis=-1)
        self.to_scale = nn.Dense(spk_dim, d_model)
        self.to_shift = nn.Dense(spk_dim, d_model)

    def construct(self, x, spk_emb: Optional[Tensor] = None):
        y = super().construct(x)
        if spk_emb is None:
            return y
        scale = self.to_scale(spk_emb).expand_dims(1)
        shift = self.to_shift(spk_emb).expand_dims(1)
        return y * (1.0 + scale) + shift


class DecoderBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ff = nn.Dense(config.d_model, config.d_model)
        self.norm = ConditionalLayerNorm(config.d_model, config.spk_dim) if config.cond_ln \
            else nn.LayerNorm((config.d_model,))
        self.cond_ln = config.cond_ln

    def construct(self, x, spk_emb=None):
        h = x + ops.gelu(self.ff(x))
        if self.cond_ln:
            return self.norm(h, spk_emb)
        return self.norm(h)


def make():
    np.random.seed(3328)
    net = DecoderBlock(TTSConfig())
    x = Tensor(np.random.randn(2, 14, 24).astype(np.float32))
    spk = Tensor(np.random.randn(2, 8).astype(np.float32))
    return net, (x, spk)
