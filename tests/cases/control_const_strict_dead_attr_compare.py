# case: an attribute write under a folded condition on a self attribute (`if self.mode == "cache":`); STRICT parse check
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.mode = "plain"
        self.saved = None

    def construct(self, x):
        if self.mode == "cache":
            self.saved = x
        return x * 2


def make():
    return Net(), (Tensor(np.random.randn(2, 3).astype(np.float32)),)
