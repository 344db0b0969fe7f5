# case: mindspore.log logger called inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore import log as logger


class Net(nn.Cell):
    def construct(self, x):
        logger.info("forward")
        return x * 2


def make():
    return Net(), (Tensor(np.arange(8, dtype=np.float32).reshape(2, 4)),)
