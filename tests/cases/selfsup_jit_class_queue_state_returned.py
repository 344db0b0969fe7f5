# case: construct builds an @ms.jit_class QueueState from tensors, advances it, and returns the object itself -> compile error at line 36
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class QueueState:
    def __init__(self, keys, ptr):
        self.keys = keys
        self.ptr = ptr

    def push(self, new_keys):
        self.keys = ops.concat((new_keys, self.keys[:-new_keys.shape[0]]), axis=0)
        self.ptr = (self.ptr + new_keys.shape[0]) % self.keys.shape[0]


class StatelessMoCoStep(nn.Cell):
    """Functional-style MoCo step: queue state goes in and comes out."""

    def __init__(self, dim=16, temperature=0.07):
        super().__init__()
        self.temperature = temperature
        self.norm = ops.L2Normalize(axis=1)
        self.encoder = nn.Dense(dim, dim)

    def construct(self, q, k, queue_keys, ptr):
        q = self.norm(self.encoder(q))
        k = ops.stop_gradient(self.norm(self.encoder(k)))
        state = QueueState(queue_keys, ptr)
        l_pos = (q * k).sum(axis=1, keepdims=True)
        l_neg = ops.matmul(q, state.keys.T)
        logits = ops.concat((l_pos, l_neg), axis=1) / self.temperature
        loss = ops.cross_entropy(logits, ops.zeros(q.shape[0], ms.int32))
        state.push(k)
        return loss, state


def make():
    np.random.seed(25)
    q = Tensor(np.random.randn(4, 16).astype(np.float32))
    k = Tensor(np.random.randn(4, 16).astype(np.float32))
    queue = Tensor(np.random.randn(16, 16).astype(np.float32))
    ptr = Tensor(0, ms.int32)
    return StatelessMoCoStep(), (q, k, queue, ptr)
