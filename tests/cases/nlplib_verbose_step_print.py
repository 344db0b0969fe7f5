# case: beam-search scorer that logs the best beam score with print and an f-string every step because config.verbose defaults to True -> print of an f-string with a tensor value in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamConfig:
    def __init__(self, num_beams=3, vocab_size=20, length_penalty=1.0, verbose=True):
        self.num_beams = num_beams
        self.vocab_size = vocab_size
        self.length_penalty = length_penalty
        self.verbose = verbose


class BeamScorer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_beams = config.num_beams
        self.vocab_size = config.vocab_size
        self.verbose = getattr(config, "verbose", False)
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def construct(self, logits, beam_scores):
        batch = logits.shape[0] // self.num_beams
        scores = self.log_softmax(logits) + beam_scores.reshape(-1, 1)
        flat = scores.reshape(batch, self.num_beams * self.vocab_size)
        top_scores, top_ids = ops.topk(flat, 2 * self.num_beams)
        if self.verbose:
            print(f"best beam score: {top_scores[0, 0]}")
        beam_idx = top_ids // self.vocab_size
        token_idx = top_ids % self.vocab_size
        return top_scores, beam_idx, token_idx


def make():
    np.random.seed(3372)
    cfg = BeamConfig()
    logits = Tensor(np.random.randn(2 * cfg.num_beams, cfg.vocab_size).astype(np.float32))
    beam_scores = Tensor(np.zeros((2, cfg.num_beams), dtype=np.float32))
    return BeamScorer(cfg), (logits, beam_scores)
