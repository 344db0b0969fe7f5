import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: a local bound to a self attribute (`autopad = self.autopad`), tested with no else; the name bound under it read under a second such test
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.autopad = True

    def construct(self, x):
        autopad = self.autopad
        if autopad:
            n = x.shape[0]
            x = x * 2
        x = x + 1
        if autopad:
            x = x[:n]
        return x


def make():
    return Net(), (Tensor(np.ones((4, 3), np.float32)),)
