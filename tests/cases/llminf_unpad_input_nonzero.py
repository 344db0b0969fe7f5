# case: flash-attention style unpadding: gather non-pad tokens via nonzero of the attention mask -> dynamic shape at line 10
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def unpad_input(hidden_states, attention_mask):
    seqlens = attention_mask.sum(axis=-1).astype(ms.int32)
    flat_mask = attention_mask.reshape(-1)
    indices = ops.nonzero(flat_mask).reshape(-1)
    cu_seqlens = ops.pad(ops.cumsum(seqlens, axis=0), (1, 0))
    flat = hidden_states.reshape(-1, hidden_states.shape[-1])
    return ops.gather(flat, indices, 0), indices, cu_seqlens


class UnpaddedFFN(nn.Cell):
    def __init__(self, hidden=16, inner=32):
        super().__init__()
        self.up = nn.Dense(hidden, inner)
        self.down = nn.Dense(inner, hidden)
        self.act = nn.GELU()

    def construct(self, hidden_states, attention_mask):
        tokens, indices, cu_seqlens = unpad_input(hidden_states, attention_mask)
        out = self.down(self.act(self.up(tokens)))
        return out.sum(axis=0), cu_seqlens


def make():
    np.random.seed(4)
    h = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 0, 0], [1, 1, 1, 1, 0]], dtype=np.int32))
    return UnpaddedFFN(), (h, mask)
