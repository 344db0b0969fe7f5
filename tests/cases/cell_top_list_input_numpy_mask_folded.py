# case: the top-level Cell gets a Python list of Tensors (`model(inputs)`, as PyTorch ports do); MindSpore folds the list into a constant, so NumPy on its items runs while compiling and Tensor() of the result is static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(16, 4)

    def construct(self, inputs):
        text, aspect = inputs[0], inputs[1]
        text_mask = ms.tensor(np.array(text) != 0, ms.int32)
        text_len = ops.sum(text_mask, dim=-1)
        return self.embed(text).sum(1) + self.embed(aspect).sum(1), text_len


def make():
    text = Tensor(np.array([[3, 4, 0, 0], [5, 0, 0, 0]], np.int32))
    aspect = Tensor(np.array([[1, 0], [2, 0]], np.int32))
    return Net(), ([text, aspect],)
