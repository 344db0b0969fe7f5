# case: CTC prefix-scoring head keeps the top beam_size character candidates per frame, beam_size read from the config (default 4) -> top-k with a Python constant k, expect Graph mode to compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BeamConfig:
    def __init__(self, hidden_size=16, vocab_size=28, beam_size=4, length_norm=True):
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size
        self.beam_size = beam_size
        self.length_norm = length_norm


class CandidatePruner(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Dense(config.hidden_size, config.vocab_size)
        self.beam_size = min(config.beam_size, config.vocab_size)
        self.length_norm = config.length_norm

    def construct(self, hidden, lengths):
        log_probs = ops.log_softmax(self.proj(hidden), axis=-1)
        top_lp, top_ids = ops.topk(log_probs, self.beam_size)
        frame_mask = (ops.arange(hidden.shape[1]).expand_dims(0) < lengths.expand_dims(1)).astype(ms.float32)
        path_score = (top_lp[..., 0] * frame_mask).sum(axis=1)
        if self.length_norm:
            path_score = path_score / lengths.astype(ms.float32)
        return top_ids, top_lp, path_score


def make():
    np.random.seed(3739)
    hidden = Tensor(np.random.randn(2, 15, 16).astype(np.float32))
    lengths = Tensor(np.array([15, 9], dtype=np.int32))
    return CandidatePruner(BeamConfig()), (hidden, lengths)
