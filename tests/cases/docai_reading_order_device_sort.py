# case: compute reading order on device by sorting a combined row/column key with ops.sort and gathering boxes -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DeviceReadingOrder(nn.Cell):
    def __init__(self, line_tol=8.0, page_width=1000.0):
        super().__init__()
        self.line_tol = line_tol
        self.page_width = page_width

    def sort_key(self, boxes):
        cx = (boxes[:, 0] + boxes[:, 2]) / 2
        cy = (boxes[:, 1] + boxes[:, 3]) / 2
        return ops.floor(cy / self.line_tol) * self.page_width + cx

    def construct(self, boxes):
        _, order = ops.sort(self.sort_key(boxes))
        ordered = ops.gather(boxes, order, 0)
        rank = ops.argsort(order.astype(ms.float32))
        return ordered, rank


def make():
    np.random.seed(32)
    xy = np.random.rand(10, 2).astype(np.float32) * 200
    boxes = np.concatenate([xy, xy + np.array([40, 10], np.float32)], axis=1)
    return DeviceReadingOrder(), (Tensor(boxes),)
