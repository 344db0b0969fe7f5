import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: __init__ zeroes `self.post.bias` of an nn.Conv1d built without has_bias=True (its bias is None): AttributeError, never built
class Post(nn.Cell):
    def __init__(self):
        super().__init__()
        self.post = nn.Conv1d(4, 4, 1)
        self.post.bias.set_data(ops.zeros_like(self.post.bias))

    def construct(self, x):
        return self.post(x)


def make():
    return Post(), (Tensor(np.ones((1, 4, 6), np.float32)),)
