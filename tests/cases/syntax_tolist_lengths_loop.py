# case: sequence pooler converts lengths with .tolist() and loops over them in Python
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LastStepPool(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)

    def construct(self, x, lengths):
        h = self.fc(x)
        outs = []
        for i, n in enumerate(lengths.tolist()):
            outs.append(h[i, n - 1])
        return ops.stack(outs)


def make():
    x = Tensor(np.random.randn(3, 5, 4).astype(np.float32))
    return LastStepPool(), (x, Tensor(np.array([5, 2, 3], np.int32)))
