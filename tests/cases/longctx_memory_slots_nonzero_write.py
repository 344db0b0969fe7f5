# case: recurrent memory transformer that gathers the tokens flagged as memory writes with nonzero before updating the memory slots -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MemoryWriter(nn.Cell):
    def __init__(self, dim=8, num_slots=4):
        super().__init__()
        self.num_slots = num_slots
        self.memory = Parameter(Tensor(np.zeros((num_slots, dim), np.float32)), name="memory")
        self.write_proj = nn.Dense(dim, dim)
        self.read_proj = nn.Dense(dim, dim)

    def select_writes(self, hidden, write_flags):
        idx = ops.nonzero(write_flags).reshape(-1)
        return ops.gather(hidden, idx, 0)

    def construct(self, hidden, write_flags):
        writes = self.write_proj(self.select_writes(hidden, write_flags))
        attn = ops.softmax(ops.matmul(self.memory, writes.T), axis=-1)
        new_mem = self.memory + ops.matmul(attn, writes)
        read = ops.softmax(ops.matmul(hidden, new_mem.T), axis=-1)
        return hidden + self.read_proj(ops.matmul(read, new_mem))


def make():
    np.random.seed(5)
    hidden = Tensor(np.random.randn(6, 8).astype(np.float32))
    write_flags = Tensor(np.array([1, 0, 0, 1, 1, 0], dtype=np.int32))
    return MemoryWriter(), (hidden, write_flags)
