# case: decoder step appends each predicted event token to a module-level history list -> mutating global Python state inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EVENT_HISTORY = []


class NextEventHead(nn.Cell):
    def __init__(self, dim=24, vocab=100):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))
        self.fc = nn.Dense(dim, vocab)

    def construct(self, hidden):
        logits = self.fc(self.norm(hidden))
        nxt = ops.argmax(logits, dim=-1)
        EVENT_HISTORY.append(nxt)
        return logits, nxt


def make():
    np.random.seed(12)
    h = Tensor(np.random.randn(3, 24).astype(np.float32))
    return NextEventHead(), (h,)
