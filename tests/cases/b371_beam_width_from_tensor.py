# case: beam step takes the beam width as a tensor argument (per request) and uses int(num_beams) as the top-k size -> k from tensor data, Graph mode rejects or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class DecodeConfig:
    vocab_size = 48
    diversity_penalty = 0.0

class BeamScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.vocab_size = config.vocab_size
        self.diversity_penalty = config.diversity_penalty

    def _candidate_scores(self, beam_scores, logits):
        logp = ops.log_softmax(logits, axis=-1)
        if self.diversity_penalty > 0:
            logp = logp - self.diversity_penalty
        return (beam_scores[..., None] + logp).reshape(beam_scores.shape[0], -1)

    def construct(self, beam_scores, logits, num_beams):
        cand = self._candidate_scores(beam_scores, logits)
        k = int(num_beams)
        scores, flat = ops.topk(cand, k)
        return scores, flat // self.vocab_size, flat % self.vocab_size

def make():
    np.random.seed(3718)
    scorer = BeamScorer(DecodeConfig())
    beam_scores = Tensor(np.random.randn(1, 3).astype(np.float32))
    logits = Tensor(np.random.randn(1, 3, 48).astype(np.float32))
    return scorer, (beam_scores, logits, Tensor(3, ms.int32))
