# case: greedy decode with ops.argmax and mint.cat onto the id sequence, break on a tensor test
import numpy as np
import mindspore as ms
from mindspore import nn, ops, mint, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x):
        ids = mint.zeros((1, 1), dtype=ms.int64)
        h = x[:1]
        for _ in range(5):
            h = self.fc(h)
            tok = ops.argmax(h, dim=-1, keepdim=True)
            if tok.sum() == 0:
                break
            ids = mint.cat((ids, tok), dim=1)
        return ids


def make():
    return Net(), (Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) - 3),)
