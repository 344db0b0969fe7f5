# case: a T5-style layer that branches on a tensor value (if attention_mask.any()) choosing between two computations with the same output shape; graph mode should compile both branches and stay static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class T5LayerSelfAttention(nn.Cell):
    def __init__(self, d_model=8, dropout_rate=0.0):
        super().__init__()
        self.layer_norm = nn.LayerNorm((d_model,))
        self.q = nn.Dense(d_model, d_model, has_bias=False)
        self.k = nn.Dense(d_model, d_model, has_bias=False)
        self.v = nn.Dense(d_model, d_model, has_bias=False)

    def construct(self, hidden_states, attention_mask):
        normed = self.layer_norm(hidden_states)
        q, k, v = self.q(normed), self.k(normed), self.v(normed)
        scores = ops.bmm(q, k.transpose(0, 2, 1))
        pad = attention_mask == 0
        if pad.any():
            scores = scores - 1e9 * pad[:, None, :].astype(scores.dtype)
        else:
            scores = scores * 1.0
        out = ops.bmm(ops.softmax(scores, axis=-1), v)
        return hidden_states + out


def make():
    x = Tensor(np.random.randn(2, 4, 8).astype(np.float32))
    m = np.ones((2, 4), np.int32)
    m[1, 2:] = 0
    return T5LayerSelfAttention(), (x, Tensor(m))
