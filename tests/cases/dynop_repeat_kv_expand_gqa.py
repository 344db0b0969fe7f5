# case: the Llama repeat_kv helper for grouped-query attention using Tensor.expand with a size tuple and reshape with n_rep from config ints; shapes are all static, but Tensor.expand((...)) with a tuple fails to compile in graph mode (GetShapeVector not implemented)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def repeat_kv(hidden_states, n_rep):
    batch, num_key_value_heads, slen, head_dim = hidden_states.shape
    if n_rep == 1:
        return hidden_states
    hidden_states = hidden_states[:, :, None, :, :].expand(
        (batch, num_key_value_heads, n_rep, slen, head_dim))
    return hidden_states.reshape(batch, num_key_value_heads * n_rep, slen, head_dim)


class GQAttention(nn.Cell):
    def __init__(self, num_heads=4, num_key_value_heads=2, head_dim=4):
        super().__init__()
        self.num_heads = num_heads
        self.num_key_value_groups = num_heads // num_key_value_heads
        self.head_dim = head_dim

    def construct(self, query_states, key_states, value_states):
        key_states = repeat_kv(key_states, self.num_key_value_groups)
        value_states = repeat_kv(value_states, self.num_key_value_groups)
        attn = ops.matmul(query_states, key_states.swapaxes(2, 3)) / (self.head_dim ** 0.5)
        attn = ops.softmax(attn.astype(ms.float32), axis=-1).astype(query_states.dtype)
        out = ops.matmul(attn, value_states)
        return out.swapaxes(1, 2).reshape(out.shape[0], out.shape[2], -1)


def make():
    q = Tensor(np.random.randn(1, 4, 3, 4).astype(np.float32))
    k = Tensor(np.random.randn(1, 2, 3, 4).astype(np.float32))
    v = Tensor(np.random.randn(1, 2, 3, 4).astype(np.float32))
    return GQAttention(), (q, k, v)
