# case: token-classification head that logs its masked loss with an f-string when verbose -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenTaggingHead(nn.Cell):
    def __init__(self, hidden=16, num_tags=5, dropout=0.1, verbose=True, ignore_index=-100):
        super().__init__()
        self.dropout = nn.Dropout(p=dropout)
        self.classifier = nn.Dense(hidden, num_tags)
        self.num_tags = num_tags
        self.verbose = verbose
        self.ignore_index = ignore_index

    def _masked_ce(self, logits, labels):
        valid = labels != self.ignore_index
        safe = ops.where(valid, labels, ops.zeros_like(labels))
        logp = ops.log_softmax(logits, axis=-1)
        nll = -ops.gather_elements(logp, -1, safe.expand_dims(-1)).squeeze(-1)
        validf = valid.astype(ms.float32)
        return (nll * validf).sum() / ops.maximum(validf.sum(), 1.0)

    def construct(self, hidden_states, labels):
        logits = self.classifier(self.dropout(hidden_states))
        loss = self._masked_ce(logits, labels)
        if self.verbose:
            ntok = (labels != self.ignore_index).sum()
            print(f"tagging loss {loss.asnumpy():.4f} over {ntok} tokens")
        return loss, logits.argmax(-1)


def make():
    np.random.seed(8)
    h = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    labels = np.random.randint(0, 5, size=(2, 6)).astype(np.int32)
    labels[1, 4:] = -100
    return TokenTaggingHead(), (h, Tensor(labels))
