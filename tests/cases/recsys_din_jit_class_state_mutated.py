# case: DIN-style attention helper kept in an @ms.jit_class state object created inside construct from tensors and mutated across history steps -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class AttentionState:
    def __init__(self, total, weight_sum):
        self.total = total
        self.weight_sum = weight_sum


class StepwiseTargetAttention(nn.Cell):
    def __init__(self, n_items=40, dim=8, max_steps=5):
        super().__init__()
        self.item_emb = nn.Embedding(n_items, dim)
        self.score = nn.Dense(2 * dim, 1)
        self.max_steps = max_steps

    def construct(self, target, hist):
        q = self.item_emb(target)
        keys = self.item_emb(hist)
        state = AttentionState(ops.zeros_like(q), ops.zeros((q.shape[0], 1), ms.float32))
        for t in range(self.max_steps):
            k = keys[:, t]
            w = ops.sigmoid(self.score(ops.concat((q, k), axis=-1)))
            state.total = state.total + w * k
            state.weight_sum = state.weight_sum + w
        return state.total / (state.weight_sum + 1e-6)


def make():
    np.random.seed(18)
    target = Tensor(np.random.randint(0, 40, size=(4,)).astype(np.int32))
    hist = Tensor(np.random.randint(0, 40, size=(4, 5)).astype(np.int32))
    return StepwiseTargetAttention(), (target, hist)
