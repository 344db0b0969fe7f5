# case: polygon post-process scoring every one of a fixed max_candidates box slots (loop over boxes.shape[0]) with fixed-size patches gathered at data-dependent offsets, invalid slots masked by multiplication -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PATCH = 4


class PolyConfig:
    def __init__(self, max_candidates=8, use_valid_mask=True):
        self.max_candidates = max_candidates
        self.use_valid_mask = use_valid_mask


class FixedSlotScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.use_valid_mask = config.use_valid_mask
        offs = np.arange(PATCH, dtype=np.int32)
        self.dy = Tensor(np.repeat(offs, PATCH).reshape(-1, 1))
        self.dx = Tensor(np.tile(offs, PATCH).reshape(-1, 1))

    def _patch_mean(self, prob, box):
        y = box[1].astype(ms.int32) + self.dy
        x = box[0].astype(ms.int32) + self.dx
        return ops.gather_nd(prob, ops.concat((y, x), axis=1)).mean()

    def construct(self, prob, boxes, num_boxes):
        scores = []
        for i in range(boxes.shape[0]):
            scores.append(self._patch_mean(prob, boxes[i]))
        scores = ops.stack(scores)
        if self.use_valid_mask:
            slot_ids = ops.arange(boxes.shape[0], dtype=ms.int32)
            scores = scores * (slot_ids < num_boxes).astype(ms.float32)
        return scores


def make():
    np.random.seed(33)
    prob = Tensor(np.random.rand(32, 32).astype(np.float32))
    boxes = Tensor(np.random.randint(0, 28, size=(8, 2)).astype(np.float32))
    return FixedSlotScorer(PolyConfig()), (prob, boxes, Tensor(5, ms.int32))
