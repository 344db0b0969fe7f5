# case: generation head with a Python bool do_sample flag choosing greedy argmax or temperature-scaled Gumbel sampling, plus optional top-k from the constructor -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GenerationConfig:
    def __init__(self, do_sample=True, temperature=0.7, top_k=0):
        self.do_sample = do_sample
        self.temperature = temperature
        self.top_k = top_k


class NextTokenHead(nn.Cell):
    def __init__(self, hidden=16, vocab=32, config=None):
        super().__init__()
        cfg = config if config is not None else GenerationConfig()
        self.lm_head = nn.Dense(hidden, vocab, has_bias=False)
        self.do_sample = cfg.do_sample
        self.temperature = cfg.temperature
        self.top_k = cfg.top_k

    def construct(self, hidden_states, gumbel):
        logits = self.lm_head(hidden_states[:, -1, :])
        if not self.do_sample:
            return ops.argmax(logits, dim=-1)
        logits = logits / self.temperature
        if self.top_k > 0:
            kth = ops.topk(logits, self.top_k)[0][:, -1:]
            logits = ops.where(logits < kth, ops.full_like(logits, -1e9), logits)
        return ops.argmax(logits + gumbel, dim=-1)


def make():
    np.random.seed(34)
    ms.set_seed(34)
    h = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    g = Tensor(np.random.gumbel(size=(2, 32)).astype(np.float32))
    return NextTokenHead(config=GenerationConfig(True, 0.8, 6)), (h, g)
