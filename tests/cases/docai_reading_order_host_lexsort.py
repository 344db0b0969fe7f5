# case: compute reading order by lexsorting box centres on the host with .asnumpy() and np.lexsort inside construct -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReadingOrderSorter(nn.Cell):
    def __init__(self, line_tol=8.0):
        super().__init__()
        self.line_tol = line_tol

    def centres(self, boxes):
        cx = (boxes[:, 0] + boxes[:, 2]) / 2
        cy = (boxes[:, 1] + boxes[:, 3]) / 2
        return cx, cy

    def construct(self, boxes):
        cx, cy = self.centres(boxes)
        row_key = ops.floor(cy / self.line_tol)
        order = np.lexsort((cx.asnumpy(), row_key.asnumpy()))
        return ops.gather(boxes, Tensor(order.astype(np.int32)), 0)


def make():
    np.random.seed(6)
    xy = np.random.rand(10, 2).astype(np.float32) * 200
    boxes = np.concatenate([xy, xy + np.array([40, 10], np.float32)], axis=1)
    return ReadingOrderSorter(), (Tensor(boxes),)
