# case: greedy decode appends each token to a list, breaks on a tensor EOS test, stacks after
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        h = x[:1]
        toks = []
        for _ in range(4):
            h = self.fc(h)
            tok = h.argmax(-1)
            if (tok == 3).all():
                break
            toks.append(tok)
        return ops.stack(toks)


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
