# case: repetition-penalty logits processor (enabled because config.repetition_penalty != 1.0) that penalises the set of already generated token ids found with ops.unique -> unique gives a data-dependent length, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenerationConfig:
    def __init__(self, vocab_size=40, repetition_penalty=1.3, temperature=1.0):
        self.vocab_size = vocab_size
        self.repetition_penalty = repetition_penalty
        self.temperature = temperature


class RepetitionPenaltyProcessor(nn.Cell):
    def __init__(self, penalty, vocab_size):
        super().__init__()
        self.penalty = penalty
        self.vocab_size = vocab_size

    def _seen_token_mask(self, input_ids):
        seen, _ = ops.unique(input_ids.reshape(-1))
        onehot = ops.one_hot(seen, self.vocab_size, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return onehot.sum(axis=0).clip(0.0, 1.0)

    def construct(self, input_ids, scores):
        mask = self._seen_token_mask(input_ids)
        penalised = ops.where(scores < 0, scores * self.penalty, scores / self.penalty)
        return mask * penalised + (1.0 - mask) * scores


class LogitsPipeline(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.temperature = config.temperature
        self.use_rep_penalty = config.repetition_penalty != 1.0
        self.rep = RepetitionPenaltyProcessor(config.repetition_penalty, config.vocab_size)

    def construct(self, input_ids, scores):
        if self.use_rep_penalty:
            scores = self.rep(input_ids, scores)
        return scores / self.temperature


def make():
    np.random.seed(3363)
    cfg = GenerationConfig()
    ids = Tensor(np.random.randint(0, cfg.vocab_size, size=(1, 9)).astype(np.int32))
    scores = Tensor(np.random.randn(1, cfg.vocab_size).astype(np.float32))
    return LogitsPipeline(cfg), (ids, scores)
