# case: sample frames by slicing the clip up to int(num_valid) read from a length tensor -> error, slice bound from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValidFrameSampler(nn.Cell):
    def __init__(self, num_samples=8):
        super().__init__()
        self.num_samples = num_samples

    def construct(self, video, num_valid):
        n = int(num_valid)
        clip = video[:n]
        stride = n // self.num_samples
        sampled = clip[::stride]
        return sampled[:self.num_samples].mean(axis=0)


def make():
    np.random.seed(2)
    video = Tensor(np.random.randn(40, 3, 8, 8).astype(np.float32))
    num_valid = Tensor(32, ms.int32)
    return ValidFrameSampler(), (video, num_valid)
