# case: @ms.jit_class BoxList helper created in construct to clip and compute areas of boxes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class BoxList:
    def __init__(self, boxes, img_h, img_w):
        self.boxes = boxes
        self.img_h = img_h
        self.img_w = img_w

    def clip(self):
        x = ops.clamp(self.boxes[:, 0::2], 0.0, self.img_w)
        y = ops.clamp(self.boxes[:, 1::2], 0.0, self.img_h)
        return ops.stack([x[:, 0], y[:, 0], x[:, 1], y[:, 1]], axis=1)

    def area(self, boxes):
        return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])


class ProposalFilter(nn.Cell):
    def __init__(self, min_size=4.0):
        super().__init__()
        self.min_size = min_size

    def construct(self, image, proposals, scores):
        h, w = image.shape[2], image.shape[3]
        blist = BoxList(proposals, float(h), float(w))
        clipped = blist.clip()
        area = blist.area(clipped)
        small = area < self.min_size * self.min_size
        scores = ops.where(small, ops.zeros_like(scores), scores)
        return clipped, scores


def make():
    np.random.seed(20)
    image = Tensor(np.zeros((1, 3, 32, 40), np.float32))
    xy = np.random.rand(15, 2).astype(np.float32) * 45 - 5
    wh = np.random.rand(15, 2).astype(np.float32) * 12
    proposals = Tensor(np.concatenate([xy, xy + wh], axis=1))
    scores = Tensor(np.random.rand(15).astype(np.float32))
    return ProposalFilter(), (image, proposals, scores)
