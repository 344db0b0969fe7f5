# case: decoder self-attention with an Optional past_key_value (tested with is None) concatenated along the sequence axis and returned as the present cache when use_cache is set -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional, Tuple


class AttnConfig:
    hidden_size = 32
    num_attention_heads = 4
    attention_dropout = 0.1
    use_cache = True


class DecoderSelfAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_heads = config.num_attention_heads
        self.head_dim = config.hidden_size // self.num_heads
        self.qkv_proj = nn.Dense(config.hidden_size, 3 * config.hidden_size)
        self.out_proj = nn.Dense(config.hidden_size, config.hidden_size)
        self.dropout = nn.Dropout(p=config.attention_dropout)
        self.use_cache = config.use_cache

    def _shape(self, x):
        b, t, _ = x.shape
        return x.reshape(b, t, self.num_heads, self.head_dim).transpose(0, 2, 1, 3)

    def construct(self, hidden_states, past_key_value: Optional[Tuple[Tensor, Tensor]] = None):
        q, k, v = ops.split(self.qkv_proj(hidden_states), hidden_states.shape[-1], axis=-1)
        q, k, v = self._shape(q), self._shape(k), self._shape(v)
        if past_key_value is not None:
            k = ops.concat((past_key_value[0], k), axis=2)
            v = ops.concat((past_key_value[1], v), axis=2)
        present = (k, v) if self.use_cache else None
        probs = ops.softmax(ops.matmul(q, k.swapaxes(-1, -2)) / (self.head_dim ** 0.5), axis=-1)
        if self.training:
            probs = self.dropout(probs)
        ctx = ops.matmul(probs, v).transpose(0, 2, 1, 3)
        ctx = ctx.reshape(ctx.shape[0], ctx.shape[1], -1)
        return self.out_proj(ctx), present


def make():
    np.random.seed(3382)
    cfg = AttnConfig()
    hd = cfg.hidden_size // cfg.num_attention_heads
    h = Tensor(np.random.randn(2, 1, cfg.hidden_size).astype(np.float32))
    pk = Tensor(np.random.randn(2, cfg.num_attention_heads, 7, hd).astype(np.float32))
    pv = Tensor(np.random.randn(2, cfg.num_attention_heads, 7, hd).astype(np.float32))
    net = DecoderSelfAttention(cfg)
    net.set_train(False)
    return net, (h, (pk, pv))
