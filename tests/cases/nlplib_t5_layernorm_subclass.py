# case: T5-style RMS norm as an nn.LayerNorm subclass that falls back to super().construct when config.use_rms_norm is off, with the scale Parameter created in a helper called from __init__ -> flag constant, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class T5Config:
    def __init__(self, d_model=16, layer_norm_epsilon=1e-6, use_rms_norm=True, num_layers=2):
        self.d_model = d_model
        self.layer_norm_epsilon = layer_norm_epsilon
        self.use_rms_norm = use_rms_norm
        self.num_layers = num_layers


class T5LayerNorm(nn.LayerNorm):
    def __init__(self, config):
        super().__init__((config.d_model,), epsilon=config.layer_norm_epsilon)
        self.use_rms_norm = config.use_rms_norm
        self.variance_epsilon = config.layer_norm_epsilon
        self._init_rms_weight(config.d_model)

    def _init_rms_weight(self, d_model):
        self.rms_weight = Parameter(Tensor(np.ones(d_model, dtype=np.float32)), name="rms_weight")

    def construct(self, hidden_states):
        if not self.use_rms_norm:
            return super().construct(hidden_states)
        variance = ops.pow(hidden_states.astype(ms.float32), 2).mean(axis=-1, keep_dims=True)
        hidden_states = hidden_states * ops.rsqrt(variance + self.variance_epsilon)
        return self.rms_weight * hidden_states


class T5FFStack(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.norms = nn.CellList([T5LayerNorm(config) for _ in range(config.num_layers)])
        self.ffs = nn.CellList([nn.Dense(config.d_model, config.d_model, activation="relu")
                                for _ in range(config.num_layers)])

    def construct(self, hidden_states):
        for norm, ff in zip(self.norms, self.ffs):
            hidden_states = hidden_states + ff(norm(hidden_states))
        return hidden_states


def make():
    np.random.seed(3391)
    cfg = T5Config()
    return T5FFStack(cfg), (Tensor(np.random.randn(2, 4, cfg.d_model).astype(np.float32)),)
