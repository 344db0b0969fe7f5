# case: pick the k most intense pixels where k is the number of pixels over the warning threshold -> topk with k from tensor value, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HotspotPicker(nn.Cell):
    def __init__(self, warn_mmh=20.0):
        super().__init__()
        self.warn_mmh = warn_mmh

    def construct(self, rain):
        flat = rain.reshape(-1)
        k = (flat > self.warn_mmh).astype(ms.int32).sum()
        vals, idx = ops.topk(flat, int(k))
        return vals, idx


def make():
    np.random.seed(9)
    rain = Tensor(np.random.exponential(8.0, (10, 10)).astype(np.float32))
    return HotspotPicker(), (rain,)
