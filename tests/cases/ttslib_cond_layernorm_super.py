# case: speaker-conditional LayerNorm subclasses nn.LayerNorm, calls super().construct then applies per-speaker scale/shift from Dense layers -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StyleConfig:
    def __init__(self, hidden_size=16, speaker_dim=8, use_conditional_norm=True, eps=1e-5):
        self.hidden_size = hidden_size
        self.speaker_dim = speaker_dim
        self.use_conditional_norm = use_conditional_norm
        self.eps = eps


class ConditionalLayerNorm(nn.LayerNorm):
    def __init__(self, config):
        super().__init__((config.hidden_size,), epsilon=config.eps)
        self.to_scale = nn.Dense(config.speaker_dim, config.hidden_size)
        self.to_shift = nn.Dense(config.speaker_dim, config.hidden_size)

    def construct(self, x, speaker_embedding=None):
        h = super().construct(x)
        if speaker_embedding is None:
            return h
        scale = self.to_scale(speaker_embedding).expand_dims(1)
        shift = self.to_shift(speaker_embedding).expand_dims(1)
        return h * (1.0 + scale) + shift


class FFTBlock(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.ffn = nn.Dense(config.hidden_size, config.hidden_size)
        norm_cls = ConditionalLayerNorm if config.use_conditional_norm else None
        self.norm = norm_cls(config) if norm_cls is not None else nn.LayerNorm((config.hidden_size,))
        self.conditional = config.use_conditional_norm

    def construct(self, x, speaker_embedding=None):
        h = x + ops.gelu(self.ffn(x))
        if self.conditional:
            return self.norm(h, speaker_embedding)
        return self.norm(h)


def make():
    np.random.seed(48)
    cfg = StyleConfig()
    x = Tensor(np.random.randn(2, 10, cfg.hidden_size).astype(np.float32))
    spk = Tensor(np.random.randn(2, cfg.speaker_dim).astype(np.float32))
    return FFTBlock(cfg), (x, spk)
