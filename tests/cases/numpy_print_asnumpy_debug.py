# case: debug print of y.asnumpy().round(3) behind a default-on flag; expect dynamic at LAX (fallback), error at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DEBUG = True


class Probe(nn.Cell):
    def __init__(self, debug=DEBUG):
        super().__init__()
        self.debug = debug
        self.fc = nn.Dense(4, 2)

    def construct(self, x):
        y = self.fc(x)
        if self.debug:
            print("logits", y.asnumpy().round(3))
        return ops.log_softmax(y, axis=-1)


def make():
    return Probe(), (Tensor(np.ones((3, 4), np.float32)),)
