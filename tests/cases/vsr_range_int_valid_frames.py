# case: temporal averaging over the valid frames with for i in range(int(n_valid)) where n_valid counts non-padding frames from the data -> error (int() of tensor data used as loop bound)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidFrameAverager(nn.Cell):
    def __init__(self, pad_value=0.0):
        super().__init__()
        self.pad_value = pad_value

    def count_valid(self, clip):
        energy = ops.abs(clip - self.pad_value).sum(axis=(1, 2, 3))
        return (energy > 0).astype(ms.int32).sum()

    def construct(self, clip):
        # clip: (T_max, C, H, W) with zero frames appended as padding
        n_valid = self.count_valid(clip)
        acc = ops.zeros_like(clip[0])
        for i in range(int(n_valid)):
            acc = acc + clip[i]
        return acc / n_valid.astype(ms.float32)


def make():
    np.random.seed(32)
    clip = np.random.rand(6, 3, 5, 5).astype(np.float32)
    clip[4:] = 0.0
    return ValidFrameAverager(), (Tensor(clip),)
