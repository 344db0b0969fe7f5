import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# case: near miss: the same with `has_bias=True`: the bias exists, the Cell builds
class Post(nn.Cell):
    def __init__(self):
        super().__init__()
        self.post = nn.Conv1d(4, 4, 1, has_bias=True)
        self.post.bias.set_data(ops.zeros_like(self.post.bias))

    def construct(self, x):
        return self.post(x)


def make():
    return Post(), (Tensor(np.ones((1, 4, 6), np.float32)),)
