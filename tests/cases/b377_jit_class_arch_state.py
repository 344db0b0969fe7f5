# case: NAS supernet builds a @ms.jit_class ArchState record in construct, fills its fields with the sampled op index and entropy of the architecture weights, and returns the logits plus the record's fields -> expected error or static (jit_class created and mutated in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


@ms.jit_class
class ArchState:
    def __init__(self):
        self.entropy = 0.0
        self.choice = 0


class SearchHead(nn.Cell):
    def __init__(self, hidden=16, num_classes=5, num_ops=3):
        super().__init__()
        self.branches = nn.CellList([nn.Dense(hidden, num_classes) for _ in range(num_ops)])
        self.beta = Parameter(Tensor(np.random.randn(num_ops).astype(np.float32)), name="beta")

    def construct(self, x):
        state = ArchState()
        w = ops.softmax(self.beta, axis=0)
        state.entropy = -(w * ops.log(w)).sum()
        state.choice = ops.argmax(w)
        logits = ops.zeros((x.shape[0], 5), ms.float32)
        for i, branch in enumerate(self.branches):
            logits = logits + w[i] * branch(x)
        return logits, state.entropy, state.choice


def make():
    np.random.seed(3786)
    cell = SearchHead()
    x = Tensor(np.random.randn(3, 16).astype(np.float32))
    return cell, (x,)
