# case: group words into text lines by appending line-start boxes to a Python list when the vertical jump (tensor) exceeds a gap, then stack -> error or dynamic (list length depends on data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TextLineGrouper(nn.Cell):
    def __init__(self, line_gap=6.0):
        super().__init__()
        self.line_gap = line_gap

    def construct(self, word_boxes):
        n = word_boxes.shape[0]
        line_heads = [word_boxes[0]]
        for i in range(1, n):
            jump = word_boxes[i, 1] - word_boxes[i - 1, 1]
            if jump > self.line_gap:
                line_heads.append(word_boxes[i])
        return ops.stack(line_heads)


def make():
    np.random.seed(10)
    ys = np.array([10, 11, 10, 30, 31, 30, 52, 53], dtype=np.float32)
    xs = np.tile(np.array([5, 40, 80], np.float32), 3)[:8]
    boxes = np.stack([xs, ys, xs + 30, ys + 12], axis=1).astype(np.float32)
    return TextLineGrouper(), (Tensor(boxes),)
