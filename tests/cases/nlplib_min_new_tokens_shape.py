# case: min-new-tokens logits processor that suppresses EOS while the generated length (input_ids.shape[-1] - prompt_length) is below the config minimum; the if tests shapes and config ints, not tensor values -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NEG_INF = -1e9


class GenerationConfig:
    def __init__(self, min_new_tokens=3, prompt_length=4, eos_token_id=(1, 2), vocab_size=32):
        self.min_new_tokens = min_new_tokens
        self.prompt_length = prompt_length
        self.eos_token_id = eos_token_id
        self.vocab_size = vocab_size


def _eos_mask(eos_token_id, vocab_size):
    ids = eos_token_id if isinstance(eos_token_id, (list, tuple)) else (eos_token_id,)
    mask = np.zeros((1, vocab_size), dtype=np.float32)
    for i in ids:
        mask[0, i] = 1.0
    return Tensor(mask)


class MinNewTokensProcessor(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.min_new_tokens = config.min_new_tokens
        self.prompt_length = config.prompt_length
        self.eos_mask = _eos_mask(config.eos_token_id, config.vocab_size)

    def construct(self, input_ids, scores):
        new_tokens = input_ids.shape[-1] - self.prompt_length
        if new_tokens < self.min_new_tokens:
            scores = scores + self.eos_mask * NEG_INF
        return scores


def make():
    np.random.seed(3396)
    cfg = GenerationConfig()
    ids = Tensor(np.random.randint(0, cfg.vocab_size, size=(2, 5)).astype(np.int32))
    scores = Tensor(np.random.randn(2, cfg.vocab_size).astype(np.float32))
    return MinNewTokensProcessor(cfg), (ids, scores)
