# case: repetition penalty de-duplicates the generated history with ops.unique before gathering and rescaling those logits -> unique has a data-dependent output length; expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PenaltyConfig:
    def __init__(self, repetition_penalty=1.3, presence_penalty=0.0, vocab_size=50):
        self.repetition_penalty = repetition_penalty
        self.presence_penalty = presence_penalty
        self.vocab_size = vocab_size


def _penalise(scores, penalty):
    return ops.where(scores < 0, scores * penalty, scores / penalty)


class RepetitionPenalty(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.penalty = config.repetition_penalty
        self.presence = config.presence_penalty

    def construct(self, logits, generated_ids):
        seen, _ = ops.unique(generated_ids)
        scores = ops.gather(logits, seen, 0)
        scores = _penalise(scores, self.penalty)
        if self.presence != 0.0:
            scores = scores - self.presence
        return ops.tensor_scatter_update(logits, seen.expand_dims(-1), scores)


def make():
    np.random.seed(3639)
    logits = Tensor(np.random.randn(50).astype(np.float32))
    generated = Tensor(np.array([3, 7, 3, 12, 7, 40, 3, 9], np.int32))
    return RepetitionPenalty(PenaltyConfig()), (logits, generated)
