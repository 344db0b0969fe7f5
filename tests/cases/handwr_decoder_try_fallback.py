# case: recognizer wraps the attention decoder call in try/except and falls back to a blank prediction on error -> try statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RecognizerWithFallback(nn.Cell):
    def __init__(self, dim=12, vocab=18):
        super().__init__()
        self.encoder = nn.Dense(3, dim)
        self.decoder = nn.Dense(dim, vocab)
        self.vocab = vocab

    def construct(self, points):
        enc = ops.tanh(self.encoder(points))
        try:
            logits = self.decoder(enc.mean(0, keep_dims=True))
        except ValueError:
            logits = ops.zeros((1, self.vocab), ms.float32)
        return logits.argmax(-1)


def make():
    np.random.seed(13)
    pts = Tensor(np.random.randn(10, 3).astype(np.float32))
    return RecognizerWithFallback(), (pts,)
