# case: near miss: the same Tensor-counted loop returning a Tensor on both paths compiles
import numpy as np
import mindspore as ms
from mindspore import Tensor, jit


@jit
def first_hit(x):
    i = Tensor(0, ms.int32)
    while i < 10:
        i = i + 1
        if i == x:
            return i * 2
    return i


def make():
    return first_hit, (Tensor(5, ms.int32),)
