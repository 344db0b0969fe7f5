# case: berth schedule trims the candidate list to the first two slots when the harbour is congested (tensor condition), otherwise keeps all -> branches return different shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CongestionTrim(nn.Cell):
    def __init__(self, congestion_limit=0.7, keep_slots=2):
        super().__init__()
        self.limit = congestion_limit
        self.keep = keep_slots

    def construct(self, slot_scores, occupancy):
        if occupancy.mean() > self.limit:
            out = slot_scores[:, :self.keep]
        else:
            out = slot_scores
        return out * 2.0


def make():
    np.random.seed(15)
    scores = Tensor(np.random.rand(3, 6).astype(np.float32))
    occ = Tensor(np.random.rand(6).astype(np.float32))
    return CongestionTrim(), (scores, occ)
