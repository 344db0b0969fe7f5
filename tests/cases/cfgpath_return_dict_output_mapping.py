# case: seq2seq head returns a dict of outputs when return_dict (default True) and a tuple otherwise -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Seq2SeqHead(nn.Cell):
    def __init__(self, dim=8, vocab=12, return_dict=True, tie_bias=False):
        super().__init__()
        self.dense = nn.Dense(dim, dim)
        self.lm_head = nn.Dense(dim, vocab, has_bias=not tie_bias)
        self.return_dict = return_dict

    def _loss(self, logits, labels):
        return ops.cross_entropy(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1))

    def construct(self, hidden, labels=None):
        h = ops.gelu(self.dense(hidden))
        logits = self.lm_head(h)
        loss = None
        if labels is not None:
            loss = self._loss(logits, labels)
        if not self.return_dict:
            return (loss, logits) if loss is not None else (logits,)
        return {"loss": loss, "logits": logits, "last_hidden_state": h}


def make():
    np.random.seed(50)
    hidden = Tensor(np.random.randn(2, 3, 8).astype(np.float32))
    labels = Tensor(np.random.randint(0, 12, size=(2, 3)).astype(np.int32))
    return Seq2SeqHead(), (hidden, labels)
