# case: trims a generated sequence at the first EOS position found with argmax, slicing seq[:eos_pos] -> slice length comes from a tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrimAtEOS(nn.Cell):
    def __init__(self, eos_id=2):
        super().__init__()
        self.eos_id = eos_id

    def first_eos(self, seq):
        hit = (seq == self.eos_id).astype(ms.int32)
        has_eos = hit.max() > 0
        pos = ops.argmax(hit, dim=0)
        return ops.where(has_eos, pos, ops.full_like(pos, seq.shape[0]))

    def construct(self, seq, scores):
        end = self.first_eos(seq)
        kept_ids = seq[:end]
        kept_scores = scores[:end]
        return kept_ids, kept_scores.sum()


def make():
    np.random.seed(10)
    seq = Tensor(np.array([7, 4, 9, 2, 5, 2, 0, 0], dtype=np.int32))
    scores = Tensor(np.random.randn(8).astype(np.float32))
    return TrimAtEOS(), (seq, scores)
