# case: n-best post-processing keeps a jit_class SpanCandidate and adds a length-penalty bonus to its score after creation -> jit_class instance created and mutated in construct; Graph mode may reject the attribute write
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SpanCandidate:
    def __init__(self, start, end, score):
        self.start = start
        self.end = end
        self.score = score


class CandidateReader(nn.Cell):
    def __init__(self, hidden_size=16, length_penalty=0.05):
        super().__init__()
        self.qa = nn.Dense(hidden_size, 2)
        self.length_penalty = length_penalty

    def construct(self, hidden):
        logits = self.qa(hidden)
        start_logits, end_logits = logits[..., 0], logits[..., 1]
        start = ops.argmax(start_logits, dim=-1)
        end = ops.argmax(end_logits, dim=-1)
        score = start_logits.max(axis=-1) + end_logits.max(axis=-1)
        cand = SpanCandidate(start, end, score)
        cand.score = cand.score - self.length_penalty * (cand.end - cand.start).abs().astype(ms.float32)
        return cand.start, cand.end, cand.score


def make():
    np.random.seed(3739)
    hidden = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    return CandidateReader(), (hidden,)
