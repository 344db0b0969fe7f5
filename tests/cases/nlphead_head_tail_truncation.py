# case: head+tail truncation to max_len decided by the static sequence length and config budget -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HeadTailTruncatingClassifier(nn.Cell):
    """Long-document classifier: keep the first `head_tokens` and the last remaining ones."""

    def __init__(self, vocab_size=60, hidden=8, num_labels=4, max_len=10, head_tokens=6, cls_id=1, sep_id=2):
        super().__init__()
        self.max_len = max_len
        self.head_tokens = head_tokens
        self.tail_tokens = max_len - head_tokens - 2
        self.cls_id = cls_id
        self.sep_id = sep_id
        self.embed = nn.Embedding(vocab_size, hidden)
        self.out = nn.Dense(hidden, num_labels)

    def truncate(self, body_ids):
        budget = self.max_len - 2
        if body_ids.shape[1] <= budget:
            return body_ids
        head = body_ids[:, :self.head_tokens]
        tail = body_ids[:, body_ids.shape[1] - self.tail_tokens:]
        return ops.concat((head, tail), axis=1)

    def construct(self, body_ids):
        body = self.truncate(body_ids)
        batch = body.shape[0]
        cls = ops.full((batch, 1), self.cls_id, dtype=body.dtype)
        sep = ops.full((batch, 1), self.sep_id, dtype=body.dtype)
        ids = ops.concat((cls, body, sep), axis=1)
        return self.out(self.embed(ids).mean(axis=1))


def make():
    np.random.seed(14)
    body = Tensor(np.random.randint(3, 60, size=(2, 15)).astype(np.int32))
    return HeadTailTruncatingClassifier(), (body,)
