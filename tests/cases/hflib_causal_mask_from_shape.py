# case: GPT-style decoder block building its causal mask with ops.triu from the sequence length read off hidden_states.shape and an optional padding mask -> mask sizes come from shapes only, static graph expected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


def make_causal_mask(seq_len, past_len=0, dtype=ms.float32):
    mask = ops.triu(ops.ones((seq_len, seq_len + past_len), dtype), diagonal=past_len + 1)
    return (mask * NEG_INF)[None, None, :, :]


class GPTConfig:
    n_embd = 24
    n_head = 3
    scale_attn_weights = True


class GPTAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_head = config.n_head
        self.head_dim = config.n_embd // config.n_head
        self.scale_attn_weights = config.scale_attn_weights
        self.c_attn = nn.Dense(config.n_embd, 3 * config.n_embd)
        self.c_proj = nn.Dense(config.n_embd, config.n_embd)

    def _split(self, t):
        return t.reshape(t.shape[0], t.shape[1], self.n_head, self.head_dim).swapaxes(1, 2)

    def construct(self, hidden_states, attention_mask=None):
        bsz, seq_len, _ = hidden_states.shape
        q, k, v = [self._split(t) for t in ops.split(self.c_attn(hidden_states), hidden_states.shape[-1], axis=2)]
        w = ops.matmul(q, k.swapaxes(-1, -2))
        if self.scale_attn_weights:
            w = w / (float(v.shape[-1]) ** 0.5)
        w = w + make_causal_mask(seq_len, dtype=w.dtype)
        if attention_mask is not None:
            w = w + (1.0 - attention_mask[:, None, None, :]) * NEG_INF
        a = ops.matmul(ops.softmax(w, axis=-1), v)
        return self.c_proj(a.swapaxes(1, 2).reshape(bsz, seq_len, -1))


def make():
    np.random.seed(43)
    attn = GPTAttention(GPTConfig())
    h = Tensor(np.random.randn(2, 5, 24).astype(np.float32))
    m = Tensor(np.array([[1, 1, 1, 1, 1], [1, 1, 1, 0, 0]], dtype=np.float32))
    return attn, (h, m)
