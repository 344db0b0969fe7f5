# case: panoptic stuff filtering keeps only segments whose area passes a threshold via nonzero on the area vector, then gathers their scores -> dynamic shape at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StuffAreaFilter(nn.Cell):
    def __init__(self, num_stuff=6, min_area=4, score_thr=0.3):
        super().__init__()
        self.num_stuff = num_stuff
        self.min_area = min_area
        self.score_thr = score_thr

    def segment_areas(self, stuff_map):
        oh = ops.one_hot(stuff_map.reshape(-1), self.num_stuff, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return oh.sum(0)

    def construct(self, stuff_logits):
        probs = ops.softmax(stuff_logits, axis=0)
        scores, stuff_map = ops.max(probs, axis=0)
        stuff_map = stuff_map.astype(ms.int32)
        areas = self.segment_areas(stuff_map)
        keep = ops.nonzero(areas >= self.min_area).reshape(-1)
        seg_scores = ops.unsorted_segment_sum(scores.reshape(-1), stuff_map.reshape(-1), self.num_stuff) / ops.maximum(areas, 1.0)
        kept_scores = ops.gather(seg_scores, keep, 0)
        kept_ids = keep[kept_scores > self.score_thr]
        return kept_ids, kept_scores


def make():
    np.random.seed(20)
    logits = np.random.randn(6, 8, 8).astype(np.float32)
    logits[2, :4] += 3.0
    logits[4, 4:] += 3.0
    return StuffAreaFilter(), (Tensor(logits),)
