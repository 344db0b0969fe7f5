# case: proprioception token norm is an nn.LayerNorm subclass that takes an optional padding mask (None by default, isinstance(mask, Tensor) guard) and zeros padded history frames by multiplication; tokens summed with a shape-derived count -> masks applied arithmetically, expect Graph mode to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenConfig:
    def __init__(self, state_dim=9, dim=16, n_obs_steps=5, eps=1e-5, zero_padded=True):
        self.state_dim = state_dim
        self.dim = dim
        self.n_obs_steps = n_obs_steps
        self.eps = eps
        self.zero_padded = zero_padded


class MaskedLayerNorm(nn.LayerNorm):
    def __init__(self, dim, eps=1e-5, zero_padded=True):
        super().__init__((dim,), epsilon=eps)
        self.zero_padded = zero_padded

    def construct(self, x, pad_mask=None):
        y = super().construct(x)
        if isinstance(pad_mask, Tensor) and self.zero_padded:
            y = y * (1.0 - pad_mask.astype(y.dtype)).expand_dims(-1)
        return y


class ProprioTokenizer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.embed = nn.Dense(config.state_dim, config.dim)
        self.norm = MaskedLayerNorm(config.dim, config.eps, config.zero_padded)

    def construct(self, states, pad_mask=None, *args, **kwargs):
        tokens = self.norm(self.embed(states), pad_mask)
        n = tokens.shape[1]
        if pad_mask is not None:
            count = n - pad_mask.astype(ms.float32).sum(axis=1, keepdims=True)
        else:
            count = ops.ones((tokens.shape[0], 1), ms.float32) * n
        return tokens, tokens.sum(axis=1) / ops.maximum(count, 1.0)


def make():
    np.random.seed(39)
    states = Tensor(np.random.randn(3, 5, 9).astype(np.float32))
    pad = np.zeros((3, 5), dtype=np.bool_)
    pad[1, :2] = True
    return ProprioTokenizer(TokenConfig()), (states, Tensor(pad))
