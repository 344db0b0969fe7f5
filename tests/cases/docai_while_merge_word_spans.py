# case: greedily merge horizontally adjacent word boxes in a while loop with a tensor counter, concatenating onto a growing array -> error or dynamic (array shape changes across iterations)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WordSpanMerger(nn.Cell):
    def __init__(self, max_gap=4.0):
        super().__init__()
        self.max_gap = max_gap

    def union(self, a, b):
        return ops.stack([ops.minimum(a[0], b[0]), ops.minimum(a[1], b[1]),
                          ops.maximum(a[2], b[2]), ops.maximum(a[3], b[3])])

    def construct(self, words):
        merged = words[0:1]
        i = Tensor(1, ms.int32)
        n = words.shape[0]
        while i < n:
            cur = words[i]
            last = merged[-1]
            if cur[0] - last[2] < self.max_gap:
                merged = ops.concat([merged[:-1], self.union(last, cur).expand_dims(0)])
            else:
                merged = ops.concat([merged, cur.expand_dims(0)])
            i = i + 1
        return merged


def make():
    np.random.seed(8)
    x0 = np.cumsum(np.random.rand(9) * 25 + 10).astype(np.float32)
    w = (np.random.rand(9) * 15 + 10).astype(np.float32)
    words = np.stack([x0, np.full(9, 5.0), x0 + w, np.full(9, 17.0)], axis=1).astype(np.float32)
    return WordSpanMerger(), (Tensor(words),)
