# case: computes each hypothesis' length up to first EOS with cumsum and masks scores beyond it instead of slicing -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SequenceScorer(nn.Cell):
    def __init__(self, eos_id=2, length_penalty=1.0):
        super().__init__()
        self.eos_id = eos_id
        self.length_penalty = length_penalty

    def valid_mask(self, seqs):
        is_eos = (seqs == self.eos_id).astype(ms.int32)
        eos_before = ops.cumsum(is_eos, axis=1) - is_eos
        return (eos_before == 0).astype(ms.float32)

    def construct(self, seqs, token_logprobs):
        mask = self.valid_mask(seqs)
        lengths = mask.sum(axis=1)
        total = (token_logprobs * mask).sum(axis=1)
        return total / ops.pow(lengths, self.length_penalty), lengths


def make():
    np.random.seed(11)
    seqs = Tensor(np.array([[5, 6, 2, 0, 0], [3, 3, 3, 3, 2], [4, 2, 9, 9, 9]], dtype=np.int32))
    logp = Tensor(-np.abs(np.random.randn(3, 5)).astype(np.float32))
    return SequenceScorer(length_penalty=0.8), (seqs, logp)
