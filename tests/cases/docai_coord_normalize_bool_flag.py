# case: layout embedding branches on Python bool constructor flags (normalize coords, add size features) with page size as Python ints -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LayoutEmbedding(nn.Cell):
    def __init__(self, dim=16, normalize_coords=True, add_size=False):
        super().__init__()
        self.normalize_coords = normalize_coords
        self.add_size = add_size
        in_dim = 6 if add_size else 4
        self.proj = nn.Dense(in_dim, dim)

    def construct(self, boxes, page_w, page_h):
        if self.normalize_coords:
            scale = Tensor([page_w, page_h, page_w, page_h], ms.float32)
            boxes = boxes / scale
        if self.add_size:
            wh = boxes[:, 2:] - boxes[:, :2]
            boxes = ops.concat([boxes, wh], axis=1)
        return self.proj(boxes)


def make():
    np.random.seed(35)
    boxes = Tensor(np.random.rand(9, 4).astype(np.float32) * 500)
    return LayoutEmbedding(add_size=True), (boxes, 600, 800)
