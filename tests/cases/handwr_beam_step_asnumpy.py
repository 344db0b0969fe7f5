# case: one beam-search expansion step pulls top-k scores to the host with asnumpy and rebuilds beams with NumPy -> host round trip in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamExpand(nn.Cell):
    def __init__(self, vocab=12, beam_size=3):
        super().__init__()
        self.vocab = vocab
        self.beam_size = beam_size
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def construct(self, beam_scores, logits):
        # beam_scores: (B,), logits: (B, V)
        cand = beam_scores.reshape(-1, 1) + self.log_softmax(logits)
        flat = cand.reshape(-1)
        top_vals, top_idx = ops.topk(flat, self.beam_size)
        idx_np = top_idx.asnumpy()
        parent = Tensor(idx_np // self.vocab, ms.int32)
        token = Tensor(idx_np % self.vocab, ms.int32)
        return top_vals, parent, token


def make():
    np.random.seed(4)
    scores = Tensor(np.random.randn(3).astype(np.float32))
    logits = Tensor(np.random.randn(3, 12).astype(np.float32))
    return BeamExpand(), (scores, logits)
