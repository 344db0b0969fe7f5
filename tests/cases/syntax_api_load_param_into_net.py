# case: ms.load_param_into_net in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(4, 4)
        self.snapshot = self.parameters_dict()

    def construct(self, x):
        ms.load_param_into_net(self, self.snapshot)
        return self.fc(x)


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
