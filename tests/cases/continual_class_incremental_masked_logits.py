# case: class-incremental head masks logits of unseen classes with where(arange < num_seen, logits, -inf) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MaskedIncrementalHead(nn.Cell):
    def __init__(self, in_dim=8, max_classes=10, initial_classes=4, cosine=False):
        super().__init__()
        self.fc = nn.Dense(in_dim, max_classes)
        self.max_classes = max_classes
        self.cosine = cosine
        self.num_seen = Parameter(Tensor(initial_classes, ms.int32), name="num_seen", requires_grad=False)

    def seen_mask(self):
        return ops.arange(self.max_classes, dtype=ms.int32) < self.num_seen

    def raw_logits(self, x):
        if self.cosine:
            x = x / (ops.norm(x, dim=-1, keepdim=True) + 1e-6)
        return self.fc(x)

    def construct(self, x, labels):
        logits = self.raw_logits(x)
        mask = self.seen_mask().expand_dims(0).broadcast_to(logits.shape)
        neg = ops.full_like(logits, -1e9)
        logits = ops.where(mask, logits, neg)
        return ops.cross_entropy(logits, labels)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    labels = Tensor(np.array([0, 3, 2, 1], dtype=np.int32))
    return MaskedIncrementalHead(), (x, labels)
