# case: HF-style repetition penalty that gathers the scores of previously generated ids with gather_elements and scatters the penalised values back -> index values come from data but all shapes are fixed, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenerationConfig:
    def __init__(self, vocab_size=40, repetition_penalty=1.2, do_sample=False):
        self.vocab_size = vocab_size
        self.repetition_penalty = repetition_penalty
        self.do_sample = do_sample


class LogitsProcessor(nn.Cell):
    """Base class: subclasses implement _process; construct applies it when enabled."""

    def __init__(self, enabled=True):
        super().__init__()
        self.enabled = enabled

    def _process(self, input_ids, scores):
        raise NotImplementedError

    def construct(self, input_ids, scores):
        if not self.enabled:
            return scores
        return self._process(input_ids, scores)


class RepetitionPenaltyLogitsProcessor(LogitsProcessor):
    def __init__(self, penalty):
        super().__init__(enabled=penalty != 1.0)
        self.penalty = penalty

    def _process(self, input_ids, scores):
        score = ops.gather_elements(scores, 1, input_ids)
        score = ops.where(score < 0, score * self.penalty, score / self.penalty)
        return ops.tensor_scatter_elements(scores, input_ids, score, axis=1)


def make():
    np.random.seed(3383)
    cfg = GenerationConfig()
    ids = Tensor(np.random.randint(0, cfg.vocab_size, size=(2, 6)).astype(np.int32))
    scores = Tensor(np.random.randn(2, cfg.vocab_size).astype(np.float32))
    return RepetitionPenaltyLogitsProcessor(cfg.repetition_penalty), (ids, scores)
