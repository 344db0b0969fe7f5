# case: Switch-style MoE with fixed expert capacity: position-in-expert via cumsum, tokens over capacity dropped by mask, dispatch via one_hot tensors -> static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_EXPERTS = 4
CAPACITY = 3


class SwitchRouter(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.gate = nn.Dense(dim, NUM_EXPERTS)
        self.expert = nn.Dense(dim, dim)

    def construct(self, x):
        probs = ops.softmax(self.gate(x), axis=-1)
        top_p, expert = probs.max(axis=-1, return_indices=True)
        onehot = ops.one_hot(expert, NUM_EXPERTS, Tensor(1, ms.int32), Tensor(0, ms.int32))
        pos = (ops.cumsum(onehot, axis=0) - 1) * onehot
        keep = (pos < CAPACITY).astype(ms.int32) * onehot
        pos_oh = ops.one_hot(pos.sum(axis=1), CAPACITY, Tensor(1.0), Tensor(0.0))
        dispatch = keep.astype(ms.float32).expand_dims(-1) * pos_oh.expand_dims(1)
        flat = dispatch.reshape(x.shape[0], NUM_EXPERTS * CAPACITY)
        buckets = ops.matmul(flat.T, x)
        processed = self.expert(buckets)
        out = ops.matmul(flat, processed)
        return out * top_p.expand_dims(-1)


def make():
    return SwitchRouter(), (Tensor(np.random.randn(10, 8).astype(np.float32)),)
