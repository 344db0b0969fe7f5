# case: construct defines a nested helper function (shape_heads) that closes over local variables bsz and self.num_heads, like HF's inner `shape()`/`unshape()` in T5 attention; expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class T5Attention(nn.Cell):
    def __init__(self, d_model=8, n_heads=2):
        super().__init__()
        self.n_heads = n_heads
        self.key_value_proj_dim = d_model // n_heads
        self.q = nn.Dense(d_model, d_model, has_bias=False)
        self.k = nn.Dense(d_model, d_model, has_bias=False)
        self.v = nn.Dense(d_model, d_model, has_bias=False)
        self.o = nn.Dense(d_model, d_model, has_bias=False)

    def construct(self, hidden_states):
        batch_size = hidden_states.shape[0]

        def shape(states):
            return states.view(batch_size, -1, self.n_heads, self.key_value_proj_dim).swapaxes(1, 2)

        def unshape(states):
            return states.swapaxes(1, 2).view(batch_size, -1, self.n_heads * self.key_value_proj_dim)

        q = shape(self.q(hidden_states))
        k = shape(self.k(hidden_states))
        v = shape(self.v(hidden_states))
        scores = ops.matmul(q, k.swapaxes(3, 2))
        attn = ops.softmax(scores.astype(ms.float32), axis=-1).astype(scores.dtype)
        return self.o(unshape(ops.matmul(attn, v)))


def make():
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    return T5Attention(), (x,)
