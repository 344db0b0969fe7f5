# case: LLaMA RMSNorm whose weight Parameter is created in a _init_weights helper called from __init__, and a LayerNorm subclass with a fp32-upcast construct calling super().construct, both used in a pre-norm MLP block -> parameters built in __init__ helpers and super() calls, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LlamaConfig:
    hidden_size = 16
    intermediate_size = 32
    rms_norm_eps = 1e-6


class LlamaRMSNorm(nn.Cell):
    def __init__(self, hidden_size, eps=1e-6):
        super().__init__()
        self.variance_epsilon = eps
        self._init_weights(hidden_size)

    def _init_weights(self, hidden_size):
        self.weight = Parameter(Tensor(np.ones(hidden_size, dtype=np.float32)), name="weight")

    def construct(self, hidden_states):
        input_dtype = hidden_states.dtype
        hidden_states = hidden_states.astype(ms.float32)
        variance = hidden_states.pow(2).mean(-1, keep_dims=True)
        hidden_states = hidden_states * ops.rsqrt(variance + self.variance_epsilon)
        return self.weight * hidden_states.astype(input_dtype)


class Fp32LayerNorm(nn.LayerNorm):
    def construct(self, x):
        out = super().construct(x.astype(ms.float32))
        return out.astype(x.dtype)


class PreNormMLP(nn.Cell):
    def __init__(self, config, use_rms=True):
        super().__init__()
        norm_cls = LlamaRMSNorm if use_rms else None
        self.input_norm = norm_cls(config.hidden_size, eps=config.rms_norm_eps)
        self.post_norm = Fp32LayerNorm((config.hidden_size,))
        self.gate_proj = nn.Dense(config.hidden_size, config.intermediate_size, has_bias=False)
        self.up_proj = nn.Dense(config.hidden_size, config.intermediate_size, has_bias=False)
        self.down_proj = nn.Dense(config.intermediate_size, config.hidden_size, has_bias=False)

    def construct(self, hidden_states):
        h = self.input_norm(hidden_states)
        h = self.down_proj(ops.silu(self.gate_proj(h)) * self.up_proj(h))
        return self.post_norm(hidden_states + h)


def make():
    np.random.seed(64)
    block = PreNormMLP(LlamaConfig())
    x = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return block, (x,)
