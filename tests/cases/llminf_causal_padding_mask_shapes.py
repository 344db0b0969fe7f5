# case: combined causal + padding attention bias where query/key/past lengths all come from .shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def make_causal_bias(q_len, past_len, dtype_min=-1e9):
    k_len = q_len + past_len
    rows = ops.arange(q_len).reshape(-1, 1) + past_len
    cols = ops.arange(k_len).reshape(1, -1)
    return ops.where(cols <= rows, Tensor(0.0, ms.float32), Tensor(dtype_min, ms.float32))


class DecoderSelfAttention(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.q = nn.Dense(hidden, hidden)
        self.scale = hidden ** -0.5

    def construct(self, x, past_k, attention_mask):
        past_len = past_k.shape[1]
        q = self.q(x)
        k = ops.concat((past_k, x), axis=1)
        bias = make_causal_bias(x.shape[1], past_len)
        pad = (1.0 - attention_mask.astype(ms.float32)).expand_dims(1) * -1e9
        scores = ops.bmm(q, k.swapaxes(1, 2)) * self.scale + bias + pad
        return ops.bmm(ops.softmax(scores, axis=-1), k)


def make():
    np.random.seed(34)
    x = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    past = Tensor(np.random.randn(2, 2, 8).astype(np.float32))
    mask = Tensor(np.array([[0, 1, 1, 1, 1], [1, 1, 1, 1, 1]], dtype=np.int32))
    return DecoderSelfAttention(), (x, past, mask)
