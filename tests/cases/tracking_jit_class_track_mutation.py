# case: @ms.jit_class TrackBank instance created in construct and mutated across a loop, then returned as object -> compile error at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TrackBank:
    def __init__(self, boxes, scores):
        self.boxes = boxes
        self.scores = scores
        self.frames = 0

    def absorb(self, dets, det_scores, alpha):
        self.boxes = alpha * self.boxes + (1.0 - alpha) * dets
        self.scores = ops.maximum(self.scores * 0.9, det_scores)
        self.frames = self.frames + 1


class BankTracker(nn.Cell):
    def __init__(self, alpha=0.5, return_bank=True):
        super().__init__()
        self.alpha = alpha
        self.return_bank = return_bank

    def construct(self, boxes, scores, det_seq, det_score_seq):
        bank = TrackBank(boxes, scores)
        for t in range(det_seq.shape[0]):
            bank.absorb(det_seq[t], det_score_seq[t], self.alpha)
        if self.return_bank:
            return bank
        return bank.boxes


def make():
    np.random.seed(13)
    boxes = Tensor(np.random.rand(4, 4).astype(np.float32))
    scores = Tensor(np.random.rand(4).astype(np.float32))
    det_seq = Tensor(np.random.rand(3, 4, 4).astype(np.float32))
    det_score_seq = Tensor(np.random.rand(3, 4).astype(np.float32))
    return BankTracker(), (boxes, scores, det_seq, det_score_seq)
