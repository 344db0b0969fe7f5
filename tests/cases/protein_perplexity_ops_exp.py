# case: returns loss and perplexity computed with ops.exp and a constant-string print in construct -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MLMWithPerplexity(nn.Cell):
    def __init__(self, vocab=25, d_model=16, ignore_index=-100):
        super().__init__()
        self.embed = nn.Embedding(vocab, d_model)
        self.head = nn.Dense(d_model, vocab)
        self.ignore_index = ignore_index

    def construct(self, tokens, labels):
        logits = self.head(self.embed(tokens))
        b, l, v = logits.shape
        loss = ops.cross_entropy(logits.reshape(b * l, v), labels.reshape(-1),
                                 ignore_index=self.ignore_index)
        ppl = ops.exp(loss)
        return loss, ppl


def make():
    np.random.seed(26)
    tokens = Tensor(np.random.randint(0, 25, (2, 10)).astype(np.int32))
    labels = np.random.randint(0, 25, (2, 10)).astype(np.int32)
    labels[:, ::3] = -100
    return MLMWithPerplexity(), (tokens, Tensor(labels))
