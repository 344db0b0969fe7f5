# case: autoregressive sampler filtering logits below the k-th largest with k from config, clamped by vocab shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopKFilter(nn.Cell):
    def __init__(self, top_k=5, temperature=0.8, filter_value=-1e9):
        super().__init__()
        self.top_k = top_k
        self.temperature = temperature
        self.filter_value = filter_value

    def construct(self, logits):
        logits = logits / self.temperature
        k = min(self.top_k, logits.shape[-1])
        if k > 0:
            kth = ops.topk(logits, k)[0][..., -1:]
            logits = ops.where(logits < kth, ops.full_like(logits, self.filter_value), logits)
        return ops.softmax(logits, axis=-1)


class SampleNext(nn.Cell):
    def __init__(self, vocab=20, dim=8, top_k=5):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.head = nn.Dense(dim, vocab)
        self.filter = TopKFilter(top_k)

    def construct(self, tokens, gumbel):
        h = self.embed(tokens)[:, -1]
        probs = self.filter(self.head(h))
        return ops.argmax(ops.log(probs + 1e-20) + gumbel, dim=-1)


def make():
    np.random.seed(0)
    tokens = Tensor(np.random.randint(0, 20, size=(3, 4)).astype(np.int32))
    g = Tensor(-np.log(-np.log(np.random.rand(3, 20))).astype(np.float32))
    return SampleNext(), (tokens, g)
