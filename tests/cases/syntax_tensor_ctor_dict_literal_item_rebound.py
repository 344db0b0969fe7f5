# case: a dict built in construct whose NumPy item is then replaced by tensor data: Tensor() of the item falls back at LAX and is refused at STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
class Net(nn.Cell):
    def construct(self, x):
        b, n = x.shape[:2]
        data = {'coord': x, 'confidence': np.ones((b, n))}
        data['confidence'] = x * 2
        conf = Tensor(data['confidence'], ms.float32)
        return conf + 1


def _inputs():
    return (Tensor(np.ones((2, 3), np.float32)),)


def make():
    return Net(), _inputs()
