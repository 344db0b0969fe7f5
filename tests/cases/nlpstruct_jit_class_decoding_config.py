# case: decoding hyper-parameters held in an @ms.jit_class config object read inside construct (temperature, top-k, repetition penalty) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class GenerationConfig:
    def __init__(self, temperature=0.7, top_k=3, repetition_penalty=1.2, pad_token_id=0):
        self.temperature = temperature
        self.top_k = top_k
        self.repetition_penalty = repetition_penalty
        self.pad_token_id = pad_token_id


class LogitsProcessor(nn.Cell):
    def __init__(self, vocab=16, hidden=8, config=None):
        super().__init__()
        self.lm_head = nn.Dense(hidden, vocab)
        self.config = config if config is not None else GenerationConfig()
        self.vocab = vocab

    def construct(self, hidden, prev_ids):
        cfg = self.config
        logits = self.lm_head(hidden) / cfg.temperature
        seen = ops.one_hot(prev_ids, self.vocab, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32)).sum(1) > 0
        penalized = ops.where(logits > 0, logits / cfg.repetition_penalty, logits * cfg.repetition_penalty)
        logits = ops.where(seen, penalized, logits)
        kth = ops.topk(logits, cfg.top_k)[0][:, -1:]
        logits = ops.masked_fill(logits, logits < kth, -1e9)
        return ops.softmax(logits, -1)


def make():
    np.random.seed(0)
    hidden = Tensor(np.random.randn(2, 8).astype(np.float32))
    prev = Tensor(np.array([[3, 4, 0], [5, 5, 9]], np.int32))
    return LogitsProcessor(), (hidden, prev)
