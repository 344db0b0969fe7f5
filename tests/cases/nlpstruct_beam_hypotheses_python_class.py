# case: beam search keeping finished hypotheses in a plain Python BeamHypotheses object created and mutated in construct -> compile error at line 34
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamHypotheses:
    def __init__(self, num_beams, length_penalty):
        self.num_beams = num_beams
        self.length_penalty = length_penalty
        self.beams = []
        self.worst_score = 1e9

    def add(self, hyp, sum_logprobs):
        score = sum_logprobs / (hyp.shape[-1] ** self.length_penalty)
        if len(self.beams) < self.num_beams or score > self.worst_score:
            self.beams.append((score, hyp))
            self.worst_score = min(score, self.worst_score)

    def best(self):
        return max(self.beams, key=lambda x: x[0])[1]


class TinyBeamSearch(nn.Cell):
    def __init__(self, vocab=9, hidden=8, num_beams=2, max_len=3, eos_id=2):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.head = nn.Dense(hidden, vocab)
        self.num_beams = num_beams
        self.max_len = max_len
        self.eos_id = eos_id

    def construct(self, prefix):
        hyps = BeamHypotheses(self.num_beams, 1.0)
        seq = prefix
        total = ops.zeros((), ms.float32)
        for _ in range(self.max_len):
            logp = ops.log_softmax(self.head(self.embed(seq).mean(0)), -1)
            scores, ids = ops.topk(logp, self.num_beams)
            total = total + scores[0]
            seq = ops.concat([seq, ids[:1].astype(ms.int32)])
            hyps.add(seq, total)
        return hyps.best()


def make():
    np.random.seed(0)
    return TinyBeamSearch(), (Tensor(np.array([1, 5], np.int32)),)
