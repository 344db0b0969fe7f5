# case: assign words to text lines by cumsum of predicted line breaks and mean-pool per line with a fixed max line count via one-hot matmul -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LineSegmentPooler(nn.Cell):
    def __init__(self, max_lines=6, thresh=0.5):
        super().__init__()
        self.max_lines = max_lines
        self.thresh = thresh

    def line_ids(self, break_logits):
        breaks = (ops.sigmoid(break_logits) > self.thresh).astype(ms.int32)
        ids = ops.cumsum(breaks, 0) - breaks[0]
        return ops.clamp(ids, 0, self.max_lines - 1)

    def construct(self, word_feats, break_logits):
        ids = self.line_ids(break_logits)
        onehot = ops.one_hot(ids, self.max_lines, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        sums = ops.matmul(onehot.T, word_feats)
        counts = onehot.sum(axis=0).expand_dims(-1)
        return sums / ops.clamp(counts, 1.0, None), ids


def make():
    np.random.seed(40)
    feats = Tensor(np.random.randn(12, 8).astype(np.float32))
    logits = Tensor(np.random.randn(12).astype(np.float32))
    return LineSegmentPooler(), (feats, logits)
