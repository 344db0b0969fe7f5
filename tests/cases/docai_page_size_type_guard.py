# case: box normaliser accepts page size either as a Python tuple or a scalar and guards with isinstance -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BoxNormalizer(nn.Cell):
    def __init__(self, clip=True):
        super().__init__()
        self.clip = clip

    def construct(self, boxes, page_size):
        if isinstance(page_size, tuple):
            w, h = page_size
        else:
            w = page_size
            h = page_size
        norm = ops.stack([boxes[:, 0] / w, boxes[:, 1] / h, boxes[:, 2] / w, boxes[:, 3] / h], axis=1)
        if self.clip:
            norm = ops.clamp(norm, 0.0, 1.0)
        return norm


def make():
    np.random.seed(38)
    boxes = Tensor(np.random.rand(8, 4).astype(np.float32) * 900)
    return BoxNormalizer(), (boxes, (612, 792))
