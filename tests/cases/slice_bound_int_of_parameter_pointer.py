# case: a MoCo-style queue pointer kept in a Parameter, made an int and used as a slice bound
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class Queue(nn.Cell):
    def __init__(self):
        super().__init__()
        self.queue = Parameter(Tensor(np.zeros((8, 4), np.float32)), name="queue")
        self.queue_ptr = Parameter(Tensor(0, ms.int32), name="queue_ptr")

    def construct(self, keys):
        ptr = int(self.queue_ptr)
        window = self.queue[ptr:ptr + 2]
        return window + keys


def make():
    return Queue(), (Tensor(np.ones((2, 4), np.float32)),)
