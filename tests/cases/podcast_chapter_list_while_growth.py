# case: walk a topic-shift score curve in a while loop on tensor values, appending chapter start indices to a Python list -> error or dynamic (list grown in data-dependent loop)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChapterSegmenter(nn.Cell):
    def __init__(self, min_gap=3, shift_thr=0.7):
        super().__init__()
        self.min_gap = min_gap
        self.shift_thr = shift_thr

    def construct(self, shift_scores):
        chapters = [Tensor(0, ms.int32)]
        i = Tensor(self.min_gap, ms.int32)
        n = shift_scores.shape[0]
        while i < n:
            if shift_scores[i] > self.shift_thr:
                chapters.append(i)
                i = i + self.min_gap
            else:
                i = i + 1
        return ops.stack(chapters)


def make():
    np.random.seed(6)
    scores = Tensor(np.random.rand(30).astype(np.float32))
    return ChapterSegmenter(), (scores,)
