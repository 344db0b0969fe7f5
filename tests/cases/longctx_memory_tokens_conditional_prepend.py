# case: memory-augmented encoder that prepends memory tokens only when the memory-valid tensor says any slot is filled, so the two branches return different lengths -> compile error at line 14
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MemoryAugmentedEncoder(nn.Cell):
    def __init__(self, dim=8, heads=2):
        super().__init__()
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm = nn.LayerNorm((dim,))

    def with_memory(self, x, memory, memory_valid):
        if memory_valid.any():
            return ops.concat((memory, x), axis=1)
        return x

    def construct(self, x, memory, memory_valid):
        h = self.with_memory(x, memory, memory_valid)
        attn_out, _ = self.attn(h, h, h)
        h = self.norm(h + attn_out)
        return h[:, -x.shape[1]:]


def make():
    np.random.seed(14)
    x = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    memory = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    memory_valid = Tensor(np.array([True, False, True]))
    return MemoryAugmentedEncoder(), (x, memory, memory_valid)
