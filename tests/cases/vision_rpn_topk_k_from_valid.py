# case: RPN picks pre-NMS proposals with topk whose k is the number of valid anchors counted from the image mask -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RPNPreSelect(nn.Cell):
    def __init__(self, pre_nms_top_n=50):
        super().__init__()
        self.pre_nms_top_n = pre_nms_top_n

    def _num_candidates(self, valid_mask):
        num_valid = valid_mask.astype(ms.int32).sum()
        return ops.minimum(num_valid, self.pre_nms_top_n)

    def construct(self, objectness, anchors, valid_mask):
        scores = ops.select(valid_mask, objectness, ops.full_like(objectness, -1e4))
        k = self._num_candidates(valid_mask)
        top_scores, order = ops.topk(scores, k)
        return top_scores, ops.gather(anchors, order, 0)


def make():
    np.random.seed(17)
    obj = Tensor(np.random.randn(80).astype(np.float32))
    anchors = Tensor(np.random.rand(80, 4).astype(np.float32))
    valid = Tensor(np.random.rand(80) > 0.6)
    return RPNPreSelect(), (obj, anchors, valid)
