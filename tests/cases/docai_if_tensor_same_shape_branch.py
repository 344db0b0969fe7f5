# case: rotate-correct page boxes when the predicted orientation score tensor exceeds 0.5, both branches keep the (N, 4) shape -> static (tensor-valued if with matching shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OrientationCorrector(nn.Cell):
    def __init__(self, dim=8, page_h=800.0):
        super().__init__()
        self.orient = nn.Dense(dim, 1)
        self.page_h = page_h

    def flip_vertical(self, boxes):
        return ops.stack([boxes[:, 0], self.page_h - boxes[:, 3],
                          boxes[:, 2], self.page_h - boxes[:, 1]], axis=1)

    def construct(self, page_feat, boxes):
        upside_down = ops.sigmoid(self.orient(page_feat)).squeeze()
        if upside_down > 0.5:
            out = self.flip_vertical(boxes)
        else:
            out = boxes
        return out


def make():
    np.random.seed(45)
    page = Tensor(np.random.randn(1, 8).astype(np.float32))
    boxes = Tensor(np.random.rand(7, 4).astype(np.float32) * 700)
    return OrientationCorrector(), (page, boxes)
