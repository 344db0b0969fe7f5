# case: slice the padded region array to the number of valid regions counted from a mask (boxes[:n] with n a tensor) then embed -> dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RegionPooler(nn.Cell):
    def __init__(self, dim=8, page_w=600.0, page_h=800.0):
        super().__init__()
        self.proj = nn.Dense(4, dim)
        self.scale = Tensor(np.array([page_w, page_h, page_w, page_h], np.float32))

    def construct(self, boxes, valid):
        n = valid.astype(ms.int32).sum()
        regions = boxes[:n] / self.scale
        feats = ops.relu(self.proj(regions))
        return feats.mean(axis=0)


def make():
    np.random.seed(4)
    boxes = np.random.rand(16, 4).astype(np.float32) * 500
    valid = np.zeros(16, dtype=np.bool_)
    valid[:9] = True
    return RegionPooler(), (Tensor(boxes), Tensor(valid))
