# case: a return inside a while loop counted by a Tensor built from a constant: the loop is a real graph loop, and a tuple cannot join the Tensor returned after it
import numpy as np
import mindspore as ms
from mindspore import Tensor, jit


@jit
def first_hit(x):
    i = Tensor(0, ms.int32)
    while i < 10:
        i = i + 1
        if i == x:
            return i, x
    return i


def make():
    return first_hit, (Tensor(5, ms.int32),)
