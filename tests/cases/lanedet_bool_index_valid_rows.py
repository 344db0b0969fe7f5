# case: index row-anchor predictions with a boolean mask of rows where the lane is visible (x >= 0) and return the visible x positions -> dynamic shape from boolean mask indexing
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisibleRowExtractor(nn.Cell):
    def __init__(self, griding_num=20, img_w=800):
        super().__init__()
        self.griding_num = griding_num
        self.col_step = img_w / griding_num

    def decode(self, cls_logits):
        idx = cls_logits.argmax(axis=0)
        return idx

    def construct(self, cls_logits):
        # cls_logits: (griding_num + 1, num_rows); last bin means "no lane"
        idx = self.decode(cls_logits)
        visible = idx < self.griding_num
        xs = idx.astype(ms.float32) * self.col_step
        return xs[visible]


def make():
    np.random.seed(6)
    logits = Tensor(np.random.randn(21, 18).astype(np.float32))
    return VisibleRowExtractor(), (logits,)
