# case: justify one line by slicing the padded word widths to that line's word count (a tensor) before summing -> slice length from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LineJustifier(nn.Cell):
    def __init__(self, min_space=1.0):
        super().__init__()
        self.min_space = min_space

    def construct(self, padded_widths, word_count, measure):
        words = padded_widths[:word_count]
        gaps = words.shape[0] - 1
        space = (measure - words.sum()) / max(gaps, 1)
        return ops.maximum(space, self.min_space), words


def make():
    np.random.seed(74)
    widths = np.random.uniform(8.0, 30.0, size=(10,)).astype(np.float32)
    return LineJustifier(), (Tensor(widths), Tensor(np.int32(6)), Tensor(np.float32(180.0)))
