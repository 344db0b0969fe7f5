# case: Tensor() of the tensor item of a dict built in construct: the interpreter fallback at LAX, refused at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
class Net(nn.Cell):
    def construct(self, x):
        b, n = x.shape[:2]
        data = {'coord': x * 2, 'confidence': np.ones((b, n))}
        coord = Tensor(data['coord'], ms.float32)
        return coord + 1


def _inputs():
    return (Tensor(np.ones((2, 3), np.float32)),)


def make():
    return Net(), _inputs()
