# case: associative-embedding grouping that rounds tag values at peaks and uses unique() to enumerate people -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TagGrouper(nn.Cell):
    """Group joint detections into people by quantized embedding tags."""

    def __init__(self, tag_scale=4.0, topk=8):
        super().__init__()
        self.tag_scale = tag_scale
        self.topk = topk

    def _gather_tags(self, heat, tags):
        k, h, w = heat.shape
        scores, inds = ops.topk(heat.reshape(k, h * w), self.topk)
        tag_vals = ops.gather_elements(tags.reshape(k, h * w), 1, inds)
        return scores, inds, tag_vals

    def construct(self, heat, tags):
        scores, inds, tag_vals = self._gather_tags(heat, tags)
        ids = ops.round(tag_vals * self.tag_scale).astype(ms.int32)
        people, person_idx = ops.unique(ids.reshape(-1))
        onehot = ops.one_hot(person_idx, people.shape[0], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        person_score = (onehot * scores.reshape(-1, 1)).sum(0)
        return people, person_score


def make():
    np.random.seed(12)
    heat = np.random.rand(17, 16, 16).astype(np.float32)
    tags = (np.random.randint(0, 3, size=(17, 16, 16)) / 4.0).astype(np.float32)
    return TagGrouper(), (Tensor(heat), Tensor(tags))
