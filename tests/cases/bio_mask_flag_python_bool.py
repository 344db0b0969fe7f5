# case: sequence classifier with constructor flags mask_lowercase and use_reverse that select code paths with plain Python bools -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftMaskedClassifier(nn.Cell):
    def __init__(self, dim=8, mask_lowercase=True, use_reverse=False, n_classes=3):
        super().__init__()
        self.embed = nn.Embedding(4, dim)
        self.mask_lowercase = mask_lowercase
        self.use_reverse = use_reverse
        self.gru = nn.GRU(dim, dim, batch_first=True)
        self.head = nn.Dense(dim, n_classes)

    def construct(self, seq, soft_mask):
        h = self.embed(seq)
        if self.mask_lowercase:
            h = h * (1.0 - soft_mask.astype(ms.float32)).expand_dims(-1)
        if self.use_reverse:
            h = ops.flip(h, (1,))
        out, _ = self.gru(h)
        return self.head(out[:, -1])


def make():
    np.random.seed(32)
    seq = Tensor(np.random.randint(0, 4, size=(2, 12)).astype(np.int32))
    soft = Tensor((np.random.rand(2, 12) < 0.3).astype(np.int32))
    return SoftMaskedClassifier(mask_lowercase=True, use_reverse=True), (seq, soft)
