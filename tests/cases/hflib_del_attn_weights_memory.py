# case: memory-conscious cross-attention (ported from a PyTorch model) that calls del on the raw attention scores and intermediate projections once they are consumed -> del statement inside construct, Graph mode may reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrossAttnConfig:
    hidden_size = 16
    encoder_hidden_size = 12
    num_heads = 2


class CrossAttention(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.h = config.num_heads
        self.d = config.hidden_size // config.num_heads
        self.q = nn.Dense(config.hidden_size, config.hidden_size)
        self.kv = nn.Dense(config.encoder_hidden_size, 2 * config.hidden_size)
        self.o = nn.Dense(config.hidden_size, config.hidden_size)

    def _heads(self, t):
        return t.reshape(t.shape[0], t.shape[1], self.h, self.d).swapaxes(1, 2)

    def construct(self, hidden_states, encoder_hidden_states, encoder_attention_mask=None):
        q = self._heads(self.q(hidden_states))
        kv = self.kv(encoder_hidden_states)
        k, v = self._heads(kv[..., : self.h * self.d]), self._heads(kv[..., self.h * self.d:])
        del kv
        attn_weights = ops.matmul(q, k.swapaxes(-1, -2)) / (self.d ** 0.5)
        if encoder_attention_mask is not None:
            attn_weights = attn_weights + encoder_attention_mask[:, None, None, :]
        attn_probs = ops.softmax(attn_weights, axis=-1)
        del attn_weights
        out = ops.matmul(attn_probs, v).swapaxes(1, 2)
        return self.o(out.reshape(out.shape[0], out.shape[1], -1))


def make():
    np.random.seed(67)
    attn = CrossAttention(CrossAttnConfig())
    h = Tensor(np.random.randn(2, 3, 16).astype(np.float32))
    enc = Tensor(np.random.randn(2, 7, 12).astype(np.float32))
    mask = Tensor(np.zeros((2, 7), dtype=np.float32))
    return attn, (h, enc, mask)
