# case: bad-words logits processor bans tokens by assigning -inf through a boolean-mask setitem built from the banned id list -> boolean-mask indexing on the left of an assignment; expect dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProcessorConfig:
    def __init__(self, vocab_size=30, bad_words_ids=((4,), (9,), (17,)), suppress_tokens=None):
        self.vocab_size = vocab_size
        self.bad_words_ids = bad_words_ids
        self.suppress_tokens = suppress_tokens


def _flatten_single_token_bans(bad_words_ids):
    return [seq[0] for seq in bad_words_ids if len(seq) == 1]


class BadWordsProcessor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        banned = _flatten_single_token_bans(config.bad_words_ids)
        if config.suppress_tokens is not None:
            banned = banned + list(config.suppress_tokens)
        self.banned_ids = Tensor(np.array(banned, np.int32))
        self.vocab_ids = Tensor(np.arange(config.vocab_size), ms.int32)

    def _ban_mask(self, logits):
        hit = (self.vocab_ids.expand_dims(-1) == self.banned_ids).any(axis=-1)
        return ops.broadcast_to(hit.expand_dims(0), logits.shape)

    def construct(self, logits):
        mask = self._ban_mask(logits)
        logits[mask] = float("-inf")
        return logits


def make():
    np.random.seed(3664)
    logits = Tensor(np.random.randn(2, 30).astype(np.float32))
    return BadWordsProcessor(ProcessorConfig()), (logits,)
