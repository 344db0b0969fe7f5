# case: sequence tagger wraps its outputs in a plain Python result class built inside construct -> compile error at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaggingOutput:
    def __init__(self, logits, tags, confidence, loss=None):
        self.logits = logits
        self.tags = tags
        self.confidence = confidence
        self.loss = loss

    def masked_tags(self, mask, pad_tag=-1):
        return ops.where(mask, self.tags, ops.full_like(self.tags, pad_tag))


class SoftmaxTagger(nn.Cell):
    def __init__(self, hidden=8, num_tags=5, dropout=0.1):
        super().__init__()
        self.dropout = nn.Dropout(p=dropout)
        self.proj = nn.Dense(hidden, num_tags)
        self.loss_fn = nn.CrossEntropyLoss()

    def construct(self, hidden_states, mask, labels=None):
        logits = self.proj(self.dropout(hidden_states))
        probs = ops.softmax(logits, axis=-1)
        confidence, tags = probs.max(axis=-1, return_indices=True)
        loss = None
        if labels is not None:
            loss = self.loss_fn(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1))
        out = TaggingOutput(logits, tags.astype(ms.int32), confidence, loss)
        return out.masked_tags(mask), out.confidence, out.loss


def make():
    np.random.seed(19)
    hs = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 1, 0, 0], [1, 1, 1, 1, 1, 1]], dtype=np.bool_))
    labels = Tensor(np.random.randint(0, 5, size=(2, 6)).astype(np.int32))
    return SoftmaxTagger(), (hs, mask, labels)
