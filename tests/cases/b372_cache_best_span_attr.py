# case: span decoder caches the last best start/end scores on self for later n-best post-processing (use_cache defaults on) -> attribute of self written in construct; Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DecoderConfig:
    def __init__(self, hidden_size=16, max_answer_length=5, use_cache=True):
        self.hidden_size = hidden_size
        self.max_answer_length = max_answer_length
        self.use_cache = use_cache


def band_mask(seq_len, max_len):
    ones = ops.ones((seq_len, seq_len), ms.float32)
    return ops.triu(ones) - ops.triu(ones, max_len)


class CachingSpanDecoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.qa = nn.Dense(config.hidden_size, 2)
        self.max_answer_length = config.max_answer_length
        self.use_cache = config.use_cache
        self.last_best_score = None

    def _remember(self, score):
        if self.use_cache:
            self.last_best_score = score

    def construct(self, hidden):
        logits = self.qa(hidden)
        start, end = logits[..., 0], logits[..., 1]
        seq_len = hidden.shape[1]
        scores = start.expand_dims(2) + end.expand_dims(1)
        mask = band_mask(seq_len, self.max_answer_length)
        scores = scores * mask + (1.0 - mask) * -1e4
        best = scores.reshape(scores.shape[0], -1).max(axis=-1)
        self._remember(best)
        return best


def make():
    np.random.seed(3733)
    hidden = Tensor(np.random.randn(2, 9, 16).astype(np.float32))
    return CachingSpanDecoder(DecoderConfig()), (hidden,)
