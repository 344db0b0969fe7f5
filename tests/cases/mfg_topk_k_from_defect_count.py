# case: count defects in a part, then take topk of anomaly scores with k = int(count) -> k comes from tensor data, dynamic/error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WorstRegionPicker(nn.Cell):
    def __init__(self, defect_threshold=0.7):
        super().__init__()
        self.defect_threshold = defect_threshold

    def count_defects(self, heat):
        return (heat > self.defect_threshold).astype(ms.int32).sum()

    def construct(self, heat):
        flat = heat.reshape(-1)
        n_def = self.count_defects(flat)
        k = int(n_def)
        values, idx = ops.topk(flat, k)
        return values, idx


def make():
    np.random.seed(2)
    heat = Tensor(np.random.rand(6, 6).astype(np.float32))
    return WorstRegionPicker(), (heat,)
