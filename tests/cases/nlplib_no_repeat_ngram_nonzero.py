# case: no-repeat-bigram logits processor that bans every token that followed an earlier occurrence of the last token, located with ops.nonzero -> nonzero output length depends on data, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class ProcessorConfig:
    def __init__(self, vocab_size=30, no_repeat_ngram_size=2):
        self.vocab_size = vocab_size
        self.no_repeat_ngram_size = no_repeat_ngram_size


class NoRepeatBigramProcessor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.vocab_size = config.vocab_size
        self.enabled = config.no_repeat_ngram_size == 2

    def _banned_tokens(self, row):
        prev, last = row[:-1], row[-1]
        hits = ops.nonzero(ops.equal(prev, last)).reshape(-1)
        return ops.gather(row, hits + 1, 0)

    def construct(self, input_ids, scores):
        if not self.enabled:
            return scores
        banned = self._banned_tokens(input_ids[0])
        onehot = ops.one_hot(banned, self.vocab_size, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        ban_mask = onehot.sum(axis=0, keepdims=True).clip(0.0, 1.0)
        return scores + ban_mask * NEG_INF


def make():
    np.random.seed(3364)
    cfg = ProcessorConfig()
    ids = np.array([[4, 9, 11, 4, 7, 13, 4]], dtype=np.int32)
    scores = np.random.randn(1, cfg.vocab_size).astype(np.float32)
    return NoRepeatBigramProcessor(cfg), (Tensor(ids), Tensor(scores))
