# case: MLM training-step cell that prints an f-string with the loss tensor and perplexity computed via math.exp(float(loss)) -> error or fallback in graph mode (host conversion and f-string of tensor)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MLMWithLogging(nn.Cell):
    def __init__(self, vocab=25, d_model=16, log_every=True):
        super().__init__()
        self.embed = nn.Embedding(vocab, d_model)
        self.head = nn.Dense(d_model, vocab)
        self.log_every = log_every

    def construct(self, tokens, labels):
        logits = self.head(self.embed(tokens))
        b, l, v = logits.shape
        loss = ops.cross_entropy(logits.reshape(b * l, v), labels.reshape(-1))
        if self.log_every:
            ppl = math.exp(float(loss))
            print(f"mlm loss={loss} ppl={ppl:.2f}")
        return loss


def make():
    np.random.seed(25)
    tokens = Tensor(np.random.randint(0, 25, (2, 10)).astype(np.int32))
    labels = Tensor(np.random.randint(0, 25, (2, 10)).astype(np.int32))
    return MLMWithLogging(), (tokens, labels)
