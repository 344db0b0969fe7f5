# case: beam-search step for the melody decoder scores beam x vocab candidates and keeps num_beams with ops.topk where k comes from the config (a Python int) -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

class BeamConfig:
    num_beams = 4
    vocab_size = 50
    length_penalty = 1.0
    early_stopping = False

class BeamSearchStep(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_beams = config.num_beams
        self.vocab_size = config.vocab_size
        self.length_penalty = config.length_penalty

    def _normalise(self, scores, cur_len):
        return scores / (float(cur_len) ** self.length_penalty)

    def construct(self, beam_scores, next_logits, cur_len=8):
        logp = ops.log_softmax(next_logits, axis=-1)
        cand = (beam_scores.expand_dims(-1) + logp).reshape(beam_scores.shape[0], -1)
        top_scores, top_idx = ops.topk(cand, self.num_beams)
        beam_idx = top_idx // self.vocab_size
        token_idx = top_idx % self.vocab_size
        return self._normalise(top_scores, cur_len), beam_idx, token_idx

def make():
    np.random.seed(3717)
    step = BeamSearchStep(BeamConfig())
    beam_scores = Tensor(np.random.randn(2, 4).astype(np.float32))
    next_logits = Tensor(np.random.randn(2, 4, 50).astype(np.float32))
    return step, (beam_scores, next_logits)
