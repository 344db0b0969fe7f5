# case: track birth writes new detections into preallocated free slots using cumsum ranks and one-hot scatter, fixed capacity -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlotBirth(nn.Cell):
    def __init__(self, birth_score=0.7):
        super().__init__()
        self.birth_score = birth_score

    def construct(self, slots, slot_alive, dets, det_scores, det_matched):
        # slots: (S, 4), slot_alive: (S,) bool, dets: (D, 4)
        newborn = ops.logical_and(det_scores > self.birth_score, ops.logical_not(det_matched))
        free = ops.logical_not(slot_alive)
        free_rank = ops.cumsum(free.astype(ms.int32), 0) - 1
        born_rank = ops.cumsum(newborn.astype(ms.int32), 0) - 1
        # pair[s, d] = slot s is the r-th free slot and det d is the r-th newborn
        pair = ops.logical_and(
            ops.logical_and(free[:, None], newborn[None, :]),
            free_rank[:, None] == born_rank[None, :],
        )
        pair_f = pair.astype(ms.float32)
        filled = pair_f.sum(1) > 0
        new_boxes = ops.matmul(pair_f, dets)
        slots = ops.where(filled[:, None], new_boxes, slots)
        return slots, ops.logical_or(slot_alive, filled)


def make():
    np.random.seed(23)
    slots = Tensor(np.random.rand(5, 4).astype(np.float32))
    alive = Tensor(np.array([True, False, True, False, False]))
    dets = Tensor(np.random.rand(4, 4).astype(np.float32))
    scores = Tensor(np.array([0.9, 0.5, 0.8, 0.75], np.float32))
    matched = Tensor(np.array([False, False, True, False]))
    return SlotBirth(), (slots, alive, dets, scores, matched)
