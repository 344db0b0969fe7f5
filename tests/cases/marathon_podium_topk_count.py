# case: rank the finishers of an age group and return the top k chip times, where k is the number of podium places counted from an award-flag tensor -> top-k size from tensor value, expect Graph mode to reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AgeGroupPodium(nn.Cell):
    def __init__(self):
        super().__init__()
        self.topk = ops.TopK(sorted=True)

    def construct(self, chip_times, award_flags):
        k = award_flags.sum()
        neg_best, idx = self.topk(-chip_times, k)
        return -neg_best, idx


def make():
    np.random.seed(61)
    times = np.random.normal(4 * 3600, 1500, 80).astype(np.float32)
    flags = np.zeros(10, dtype=np.int32)
    flags[:3] = 1
    return AgeGroupPodium(), (Tensor(times), Tensor(flags))
