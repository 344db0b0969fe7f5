# case: Yolact++'s padding drop: under a tensor condition a branch slices and breaks out of the loop; the slice reaches the code after the loop, so two shapes meet there
import numpy as np
from mindspore import nn, Tensor


class DropPad(nn.Cell):
    def construct(self, overlaps, flags):
        for i in range(overlaps.shape[0]):
            if flags[i] == 0:
                overlaps = overlaps[:i, :]
                break
        return overlaps * 2


def make():
    return DropPad(), (Tensor(np.ones((4, 3), np.float32)), Tensor(np.array([1, 1, 0, 1], np.int32)))
