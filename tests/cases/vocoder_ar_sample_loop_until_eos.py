# case: autoregressive sample-by-sample generation with greedy argmax, growing output until an end code is produced -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinySampleRNN(nn.Cell):
    def __init__(self, n_classes=16, hidden=12, eos_code=0, max_steps=20):
        super().__init__()
        self.embed = nn.Embedding(n_classes, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.proj = nn.Dense(hidden, n_classes)
        self.eos_code = eos_code
        self.max_steps = max_steps

    def step(self, code, h):
        e = self.embed(code)
        h = self.cell(e, h)
        logits = self.proj(h)
        return ops.argmax(logits, dim=-1).astype(ms.int32), h

    def construct(self, first_code, h0):
        code, h = first_code, h0
        generated = first_code
        steps = 0
        while (code != self.eos_code).all() and steps < self.max_steps:
            code, h = self.step(code, h)
            generated = ops.concat((generated, code))
            steps += 1
        return generated


def make():
    np.random.seed(9)
    ms.set_seed(9)
    first = Tensor(np.array([3], np.int32))
    h0 = Tensor(np.zeros((1, 12), np.float32))
    return TinySampleRNN(), (first, h0)
