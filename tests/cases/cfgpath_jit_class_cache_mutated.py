# case: attention layer keeps running key state in a @jit_class cache object it mutates in construct -> compile error at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RunningState:
    def __init__(self, value, count):
        self.value = value
        self.count = count


class StatefulAttention(nn.Cell):
    def __init__(self, dim=8, use_state=True):
        super().__init__()
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)
        self.use_state = use_state

    def _update(self, state, k):
        state.value = state.value + k.mean(axis=0)
        state.count = state.count + 1
        return state

    def construct(self, x):
        q, k = self.q(x), self.k(x)
        if self.use_state:
            state = RunningState(ops.zeros_like(k[0]), 0)
            state = self._update(state, k)
            k = k + state.value / state.count
        scores = ops.matmul(q, k.T)
        return ops.softmax(scores, axis=-1)


def make():
    np.random.seed(9)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    return StatefulAttention(), (x,)
