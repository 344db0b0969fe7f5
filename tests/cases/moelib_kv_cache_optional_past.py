# case: GQA attention layer with an Optional past_key_value tuple (concatenated when not None), use_cache and output_attentions flags deciding the length of the returned tuple -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayerConfig:
    def __init__(self, hidden_size=32, num_heads=4, num_kv_heads=2, use_cache=True, output_attentions=False):
        self.hidden_size = hidden_size
        self.num_heads = num_heads
        self.num_kv_heads = num_kv_heads
        self.use_cache = use_cache
        self.output_attentions = output_attentions


class CachedGQAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.h = config.num_heads
        self.kvh = config.num_kv_heads
        self.d = config.hidden_size // config.num_heads
        self.q_proj = nn.Dense(config.hidden_size, self.h * self.d)
        self.kv_proj = nn.Dense(config.hidden_size, 2 * self.kvh * self.d)
        self.o_proj = nn.Dense(self.h * self.d, config.hidden_size)

    def construct(self, hidden_states, past_key_value=None, use_cache=None, output_attentions=None):
        use_cache = self.config.use_cache if use_cache is None else use_cache
        output_attentions = self.config.output_attentions if output_attentions is None else output_attentions
        b, s, _ = hidden_states.shape
        q = self.q_proj(hidden_states).reshape(b, s, self.h, self.d).transpose(0, 2, 1, 3)
        kv = self.kv_proj(hidden_states).reshape(b, s, 2, self.kvh, self.d).transpose(2, 0, 3, 1, 4)
        k, v = kv[0], kv[1]
        if past_key_value is not None:
            past_k, past_v = past_key_value
            k = ops.cat((past_k, k), axis=2)
            v = ops.cat((past_v, v), axis=2)
        present = (k, v) if use_cache else None
        rep = self.h // self.kvh
        k_full = ops.repeat_interleave(k, rep, axis=1)
        v_full = ops.repeat_interleave(v, rep, axis=1)
        attn = ops.softmax(ops.matmul(q, k_full.swapaxes(-1, -2)) / self.d ** 0.5, axis=-1)
        out = self.o_proj(ops.matmul(attn, v_full).transpose(0, 2, 1, 3).reshape(b, s, -1))
        outputs = (out,) + (attn,) if output_attentions else (out,)
        if present is not None:
            outputs = outputs + (present,)
        return outputs


def make():
    np.random.seed(36)
    layer = CachedGQAttention(LayerConfig())
    x = Tensor(np.random.randn(1, 2, 32).astype(np.float32))
    past = (Tensor(np.random.randn(1, 2, 5, 8).astype(np.float32)),
            Tensor(np.random.randn(1, 2, 5, 8).astype(np.float32)))
    return layer, (x, past)
