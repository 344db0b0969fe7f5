# case: keeps the top-k tallest plants where k is the number of plants above a height threshold computed from the tensor -> topk with data-dependent k
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TallPlantSelector(nn.Cell):
    def __init__(self, min_height_cm=35.0):
        super().__init__()
        self.min_height_cm = min_height_cm

    def construct(self, heights):
        k = (heights > self.min_height_cm).astype(ms.int32).sum()
        top_vals, top_idx = ops.topk(heights, k)
        return top_vals.mean(), top_idx


def make():
    np.random.seed(9)
    heights = Tensor((np.random.rand(20) * 60).astype(np.float32))
    return TallPlantSelector(), (heights,)
