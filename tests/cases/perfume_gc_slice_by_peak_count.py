# case: keep the retention times of the n most intense peaks, n being the number of points over the threshold, by slicing the sorted index list with a tensor count -> slice length from tensor data, dynamic or rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MajorPeaks(nn.Cell):
    def __init__(self, rel_threshold=0.5):
        super().__init__()
        self.rel_threshold = rel_threshold

    def construct(self, rt, heights):
        order = ops.sort(heights, descending=True)[1]
        n_major = (heights > self.rel_threshold * heights.max()).astype(ms.int32).sum()
        keep = order[:n_major]
        return ops.gather(rt, keep, 0), ops.gather(heights, keep, 0)


def make():
    np.random.seed(161)
    rt = np.sort(np.random.rand(40) * 30).astype(np.float32)
    h = np.random.rand(40).astype(np.float32) ** 3
    return MajorPeaks(), (Tensor(rt), Tensor(h))
