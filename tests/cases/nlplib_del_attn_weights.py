# case: memory-conscious cross-attention block that deletes the attention-weight tensor with del once the context is computed unless output_attentions is set -> del statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossAttnConfig:
    def __init__(self, d_model=16, output_attentions=False):
        self.d_model = d_model
        self.output_attentions = output_attentions


class CrossAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.q = nn.Dense(config.d_model, config.d_model)
        self.kv = nn.Dense(config.d_model, 2 * config.d_model)
        self.o = nn.Dense(config.d_model, config.d_model)
        self.scale = config.d_model ** -0.5
        self.output_attentions = config.output_attentions

    def construct(self, hidden_states, encoder_hidden_states):
        q = self.q(hidden_states)
        k, v = ops.split(self.kv(encoder_hidden_states), q.shape[-1], axis=-1)
        attn_weights = ops.softmax(ops.matmul(q, k.swapaxes(1, 2)) * self.scale, axis=-1)
        context = self.o(ops.matmul(attn_weights, v))
        if self.output_attentions:
            return context, attn_weights
        del attn_weights
        return (context,)


def make():
    np.random.seed(3379)
    cfg = CrossAttnConfig()
    h = Tensor(np.random.randn(2, 3, cfg.d_model).astype(np.float32))
    enc = Tensor(np.random.randn(2, 7, cfg.d_model).astype(np.float32))
    return CrossAttention(cfg), (h, enc)
