# case: Tensor() of a value computed from a batch of Tensors: the interpreter fallback at LAX, refused at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
class Net(nn.Cell):
    def construct(self, batch):
        mask = Tensor(batch['mask'] * 2, ms.int32)
        return batch['pos'] * mask.reshape(-1, 1)


def _inputs():
    return ({'mask': Tensor(np.ones((4,), np.int64)), 'pos': Tensor(np.ones((4, 3), np.float32))},)


def make():
    return Net(), _inputs()
